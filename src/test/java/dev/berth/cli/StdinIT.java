package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.ContainerState;
import dev.berth.engine.DockerFixture;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code exec} and {@code run} pass the caller's stdin through to the command, as {@code echo hi | docker compose exec -T}. */
class StdinIT {
    private static final Duration LONG = Duration.ofSeconds(90);
    private static final DockerFixture docker = new DockerFixture();
    @TempDir static Path dir;
    private static String name;

    @BeforeAll
    static void up() throws Exception {
        name = BerthProcess.upOneSleepingService(docker, dir, "stdin");
    }

    @AfterAll
    static void cleanup() {
        docker.close();
    }

    private static BerthProcess fed(String input, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "-p";
        all[1] = name;
        System.arraycopy(args, 0, all, 2, args.length);
        BerthProcess berth = BerthProcess.start(dir, all);
        try (OutputStream in = berth.stdin()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        berth.exitCode(LONG);
        return berth;
    }

    @Test
    void execPassesStdinAndEndsWhenItEnds() throws Exception {
        BerthProcess berth = fed("hi\n", "exec", "-T", "svc", "cat");
        assertThat(berth.exitCode(LONG)).as(berth.stderr()).isZero();
        assertThat(berth.stdout()).isEqualTo("hi");
    }

    @Test
    void execReturnsTheCommandsCodeAfterReadingStdin() throws Exception {
        BerthProcess berth = fed("a\nb\n", "exec", "-T", "svc", "sh", "-c", "wc -l; exit 4");
        assertThat(berth.exitCode(LONG)).isEqualTo(4);
        assertThat(berth.stdout().strip()).isEqualTo("2");
    }

    @Test
    void execCarriesAMegabyteBothWaysUnchanged() throws Exception {
        byte[] random = new byte[1 << 20];
        new Random(7).nextBytes(random);
        String payload = java.util.Base64.getMimeEncoder().encodeToString(random);
        BerthProcess berth = fed(payload + "\n", "exec", "-T", "svc", "md5sum");
        assertThat(berth.exitCode(LONG)).as(berth.stderr()).isZero();
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest((payload + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(berth.stdout()).startsWith(expected);
    }

    @Test
    void execThatDoesNotReadStdinEndsWhileStdinStaysOpen() throws Exception {
        try (BerthProcess berth = BerthProcess.start(dir, "-p", name, "exec", "-T", "svc", "echo", "done")) {
            assertThat(berth.exitCode(LONG)).isZero(); // a terminal never closes stdin: exec must not wait for it
            assertThat(berth.stdout()).isEqualTo("done");
        }
    }

    @Test
    void runRemovePassesStdinAndLeavesNoOneOffBehind() throws Exception {
        BerthProcess berth = fed("hi\n", "run", "--rm", "-T", "svc", "cat");
        assertThat(berth.exitCode(LONG)).as(berth.stderr()).isZero();
        assertThat(berth.stdout()).isEqualTo("hi");
        assertThat(docker.containers(name)).extracting(ContainerState::name).containsExactly(name + "-svc-1");
    }

    @Test
    void runReturnsTheContainersCodeAndKeepsStderrApart() throws Exception {
        BerthProcess berth = fed("x\n", "run", "--rm", "-T", "svc", "sh", "-c", "cat; echo oops >&2; exit 5");
        assertThat(berth.exitCode(LONG)).isEqualTo(5);
        assertThat(berth.stdout()).isEqualTo("x");
        assertThat(berth.stderr()).contains("oops");
    }

    @Test
    void execFromATerminalGetsATtyAndMinusTDoesNot() throws Exception {
        try (BerthProcess berth = BerthProcess.inTerminal(dir, "-p", name, "exec", "svc", "tty")) {
            assertThat(berth.exitCode(LONG)).as(berth.stdout()).isZero();
            assertThat(berth.stdout()).contains("/dev/pts/");
        }
        try (BerthProcess berth = BerthProcess.inTerminal(dir, "-p", name, "exec", "-T", "svc", "tty")) {
            assertThat(berth.exitCode(LONG)).isEqualTo(1);
            assertThat(berth.stdout()).contains("not a tty");
        }
    }

    @Test
    void runFromATerminalGetsATty() throws Exception {
        try (BerthProcess berth = BerthProcess.inTerminal(dir, "-p", name, "run", "--rm", "svc", "tty")) {
            assertThat(berth.exitCode(LONG)).as(berth.stdout()).isZero();
            assertThat(berth.stdout()).contains("/dev/pts/");
        }
    }

    @Test
    void execFromATerminalHasTheCallersWindowSize() throws Exception {
        try (BerthProcess berth = BerthProcess.inTerminal(dir, 33, 77, "-p", name, "exec", "svc", "sh", "-c",
                "sleep 1; stty size")) {
            assertThat(berth.exitCode(LONG)).as(berth.stdout()).isZero();
            assertThat(berth.stdout()).contains("33 77");
        }
    }
}
