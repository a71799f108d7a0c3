package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent.LogLine;
import org.junit.jupiter.api.Test;

class LogPrinterTest {

    private static String prefix(String service, String container) {
        return LogPrinter.prefix(new LogLine(service, container, false, null, "x"));
    }

    @Test
    void stripsTheProjectName() {
        assertThat(prefix("db", "webapp-db-1")).isEqualTo("db-1");
        assertThat(prefix("web-api", "shop-web-api-12")).isEqualTo("web-api-12");
    }

    @Test
    void aProjectNameHoldingTheServiceNameIsNotWhereTheCutIs() {
        // a project named allexit-1a once printed "a-a-1  | a-done"
        assertThat(prefix("a", "allexit-1a-a-1")).isEqualTo("a-1");
        assertThat(prefix("b", "b-b-b-2")).isEqualTo("b-2");
    }

    @Test
    void aContainerNameThatIsNotTheGeneratedOneStaysWhole() {
        assertThat(prefix("db", "my-database")).isEqualTo("my-database");
        assertThat(prefix("db", "postgres")).isEqualTo("postgres");
        assertThat(prefix("db", "db-")).isEqualTo("db-");
        assertThat(prefix(null, "x-1")).isEqualTo("x-1");
    }
}
