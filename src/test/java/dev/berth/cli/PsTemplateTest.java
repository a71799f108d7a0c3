package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ps --format} templates, as docker compose v2.40.3 printed them. */
class PsTemplateTest {
    private static final List<Map<String, String>> CONTAINERS = List.of(
            Map.of("Name", "p-web-1", "Service", "web", "RunningFor", "2 seconds ago", "ID", "04f49bc87c26", "State", "running"),
            Map.of("Name", "p-worker-1", "Service", "worker", "RunningFor", "2 seconds ago", "ID", "544b03bf1c8b",
                    "State", "running"));

    @Test
    void fieldsTabsAndSpacesAsWritten() {
        assertThat(PsTemplate.parse("{{.Name}}\\t{{.ID}} {{ .State }}").render(CONTAINERS))
                .isEqualTo("p-web-1\t04f49bc87c26 running\np-worker-1\t544b03bf1c8b running\n");
    }

    @Test
    void aTableHasHeadersAndAlignedColumns() {
        assertThat(PsTemplate.parse("table {{.Name}}\\t{{.Service}}\\t{{.RunningFor}}").render(CONTAINERS)).isEqualTo("""
                NAME         SERVICE   CREATED
                p-web-1      web       2 seconds ago
                p-worker-1   worker    2 seconds ago
                """);
    }

    @Test
    void unknownFieldsAndOtherActionsAreRefused() {
        assertThatThrownBy(() -> PsTemplate.parse("{{.Nope}}").render(CONTAINERS)).hasMessageContaining("Nope");
        assertThatThrownBy(() -> PsTemplate.parse("{{json .}}")).hasMessageContaining("{{json .}}");
    }
}
