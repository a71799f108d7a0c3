package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code berth config --graph dot|mermaid} prints the service graph of the loaded project. */
class ConfigGraphTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int config(String... args) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), """
                name: shop
                services:
                  web:
                    image: berth/busybox:latest
                    depends_on:
                      db: {condition: service_healthy}
                      cache: {condition: service_started, required: false}
                  db:
                    image: berth/busybox:latest
                  cache:
                    image: berth/busybox:latest
                """);
        CommandLine cli = new CommandLine(new BerthCommand());
        BerthCommand.attach(cli, InProcessCli.caller(java.util.Map.of(), dir, "", java.io.OutputStream.nullOutputStream(),
                java.io.OutputStream.nullOutputStream()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 3];
        all[0] = "-f";
        all[1] = dir.resolve("compose.yaml").toString();
        all[2] = "config";
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.execute(all);
    }

    @Test
    void dotShowsConditionsAndDashesOptionalEdges() throws Exception {
        assertThat(config("--graph", "dot")).isZero();

        assertThat(out.toString()).startsWith("digraph \"shop\" {")
                .contains("\"web\" -> \"db\" [label=\"service_healthy\"];")
                .contains("\"web\" -> \"cache\" [label=\"service_started\", style=dashed];");
    }

    @Test
    void mermaidIsAFlowchart() throws Exception {
        assertThat(config("--graph", "mermaid")).isZero();

        assertThat(out.toString()).startsWith("flowchart TD\n").contains("s_web -->|\"service_healthy\"| s_db");
    }

    @Test
    void unknownGraphFormatIsRefused() throws Exception {
        assertThat(config("--graph", "svg")).isEqualTo(1);

        assertThat(err.toString()).contains("unsupported graph format \"svg\" (use dot or mermaid)");
    }
}
