package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {
    @TempDir
    Path dir;
    private Path file;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void write() throws Exception {
        file = dir.resolve("compose.yaml");
        Files.writeString(file, """
                name: demo
                services:
                  web: {image: nginx, profiles: [web], volumes: [data:/d]}
                  zed: {image: busybox}
                  api: {build: ., profiles: [api]}
                volumes:
                  data: {}
                networks:
                  spare: {}
                """);
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new BerthCommand());
        BerthCommand.attach(cli, InProcessCli.caller(java.util.Map.of(), dir, "", java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void listsLikeTheReference() {
        assertThat(run("-f", file.toString(), "config", "--services")).isZero();
        assertThat(out.toString()).isEqualTo("zed\n");
        out.getBuffer().setLength(0);
        assertThat(run("config", "-f", file.toString(), "--profiles")).isZero();
        assertThat(out.toString()).isEqualTo("api\nweb\n");
        out.getBuffer().setLength(0);
        assertThat(run("-f", file.toString(), "--profile", "web", "config", "--volumes")).isZero();
        assertThat(out.toString()).isEqualTo("data\n");
        out.getBuffer().setLength(0);
        assertThat(run("-f", file.toString(), "--profile", "*", "config", "--images")).isZero();
        assertThat(out.toString()).isEqualTo("demo-api\nnginx\nbusybox\n");
    }

    @Test
    void hashOfOneServiceAndUnknownService() {
        assertThat(run("-f", file.toString(), "config", "--hash", "zed")).isZero();
        assertThat(out.toString()).matches("zed [0-9a-f]{64}\n");
        assertThat(run("-f", file.toString(), "config", "--hash", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("no such service: nope");
    }

    @Test
    void quietPrintsNothingAndBadInputExitsOneWithFileAndLine() throws Exception {
        assertThat(run("-f", file.toString(), "config", "-q")).isZero();
        assertThat(out.toString()).isEmpty();
        Files.writeString(file, "services:\n  web:\n    image: a\n    image: b\n");
        assertThat(run("-f", file.toString(), "config")).isEqualTo(1);
        assertThat(err.toString()).contains("compose.yaml:4:5").contains("already defined at line 3");
    }

    @Test
    void unsupportedFormat() {
        assertThat(run("-f", file.toString(), "config", "--format", "xml")).isEqualTo(1);
        assertThat(err.toString()).contains("unsupported format \"xml\"");
    }

    @Test
    void jsonOutputStartsWithTheProjectName() {
        assertThat(run("-f", file.toString(), "config", "--format", "json")).isZero();
        assertThat(out.toString()).startsWith("{\n  \"name\": \"demo\"");
    }

    @Test
    void noInterpolatePrintsVariablesAsWrittenWithoutEscapingDollarsAgain() throws Exception {
        Files.writeString(file, """
                name: demo
                services:
                  a: {image: busybox, environment: {X: "${FOO:-bar}", Y: "$$HOME"}}
                """);
        assertThat(run("-f", file.toString(), "config", "--no-interpolate", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"X\": \"${FOO:-bar}\"").contains("\"Y\": \"$$HOME\"");
    }
}
