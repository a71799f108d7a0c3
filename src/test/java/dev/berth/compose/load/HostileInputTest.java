package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files written to hurt the loader: each ends in a clear problem with file:line:col (or loads), within
 * seconds, allocating a bounded amount of memory. Prevents a hang or an OutOfMemoryError on hostile input.
 */
class HostileInputTest {
    private static final Duration SECONDS = Duration.ofSeconds(15);
    private static final long MEMORY = 1536L * 1024 * 1024;

    @TempDir
    java.nio.file.Path dir;
    private LoaderFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new LoaderFixture(dir);
    }

    @Test
    void anchorCycleIsNamedWhereTheAnchorIs() throws IOException {
        Problem p = rejected("""
                services:
                  web: &web
                    image: nginx
                    labels: *web
                """, q -> { });
        assertThat(p.message()).isEqualTo("anchor cycle: this anchored value contains an alias to itself");
        assertThat(p.location().line()).isEqualTo(2);
        assertThat(p.location().column()).isEqualTo(8);
        Problem merge = rejected("""
                x-base: &base
                  <<: *base
                  image: nginx
                services:
                  web: *base
                """, q -> { });
        assertThat(merge.message()).startsWith("anchor cycle");
        assertThat(merge.location().line()).isEqualTo(1);
    }

    @Test
    void billionLaughsStopsAtTheExpansionBudget() throws IOException {
        StringBuilder y = new StringBuilder("x-a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            y.append("x-a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        y.append("services:\n  web:\n    image: nginx\n    labels: *a9\n");
        Problem p = rejected(y.toString(), q -> { });
        assertThat(p.message()).contains("expands to more than");
    }

    @Test
    void deepBlockNestingIsAClearProblem() throws IOException {
        Problem p = rejected("services:\n  web:\n    image: nginx\nx-deep:\n  " + "- ".repeat(100_000) + "x\n", q -> { });
        assertThat(p.message()).contains("nested too deeply");
    }

    @Test
    void deepFlowNestingIsAClearProblem() throws IOException {
        Problem p = rejected("services:\n  web:\n    image: nginx\nx-deep: " + "[".repeat(100_000)
                + "]".repeat(100_000) + "\n", q -> { });
        assertThat(p.message()).contains("nested deeper than");
    }

    @Test
    void tenMegabyteFileWithAMistakeAtTheEndIsLocated() throws IOException {
        StringBuilder y = new StringBuilder("services:\n");
        int n = 0;
        while (y.length() < 10 * 1024 * 1024) {
            y.append("  s").append(n++).append(":\n    image: nginx\n    environment:\n      A: '")
                    .append("x".repeat(200)).append("'\n");
        }
        y.append("  last:\n    image: nginx\n    cpu_count: -1\n");
        int lines = (int) y.chars().filter(c -> c == '\n').count();
        Problem p = rejected(y.toString(), q -> { });
        assertThat(p.path()).isEqualTo("services.last.cpu_count");
        assertThat(p.location().line()).isEqualTo(lines);
    }

    @Test
    void tenMegabyteScalarLoads() throws IOException, LoadException {
        String y = "services:\n  web:\n    image: nginx\n    command: ['" + "y".repeat(10 * 1024 * 1024) + "']\n";
        fixture.write("compose.yaml", y);
        bounded(() -> fixture.load("compose.yaml"));
    }

    private Problem rejected(String yaml, Consumer<Problem> more) throws IOException {
        fixture.write("compose.yaml", yaml);
        LoadException[] thrown = new LoadException[1];
        bounded(() -> {
            thrown[0] = catchThrowableOfType(LoadException.class, () -> fixture.load("compose.yaml"));
            return null;
        });
        assertThat(thrown[0]).as("rejected").isNotNull();
        Problem p = thrown[0].problems().getFirst();
        assertThat(p.location().file().getFileName()).hasToString("compose.yaml");
        more.accept(p);
        return p;
    }

    private interface Load {
        Object run() throws LoadException;
    }

    /**
     * Runs a load, checking the CPU time it took (wall time says little on a shared machine) and what
     * this thread allocated.
     */
    private static void bounded(Load load) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().threadId();
        long before = threads.getThreadAllocatedBytes(id);
        long start = threads.getCurrentThreadCpuTime();
        try {
            load.run();
        } catch (LoadException e) {
            throw new AssertionError(e);
        }
        Duration took = Duration.ofNanos(threads.getCurrentThreadCpuTime() - start);
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        System.out.printf("took %d ms of CPU, allocated %d MB%n", took.toMillis(), allocated >> 20);
        assertThat(took).isLessThan(SECONDS);
        assertThat(allocated).isLessThan(MEMORY);
    }
}
