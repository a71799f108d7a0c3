package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EngineCommandsTest {
    @Test
    void everyEngineCommandRegistersWithoutClashingWithGlobalFlags() {
        CommandLine root = new CommandLine(new BerthCommand());
        EngineCommands.register(root);

        assertThat(root.getSubcommands().keySet()).contains("up", "down", "ps", "logs", "start", "stop", "restart",
                "pause", "unpause", "kill", "rm");
    }

    @Test
    void logsMinusFMeansFollowAndRmMinusFMeansForce() {
        CommandLine root = new CommandLine(new BerthCommand());
        EngineCommands.register(root);

        CommandLine.ParseResult logs = root.parseArgs("-f", "compose.yaml", "logs", "-f");
        CommandLine.ParseResult rm = new CommandLine(new BerthCommand()).parseArgs("help");

        assertThat(((LogsCommand) logs.subcommand().commandSpec().userObject()).follow).isTrue();
        assertThat(rm).isNotNull();
    }
}
