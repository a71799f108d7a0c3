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
                "pause", "unpause", "kill", "rm", "build", "pull", "create", "scale", "exec", "run", "top", "port", "wait", "ls",
                "images", "events");
    }

    @Test
    void execPassesOptionsAfterTheServiceToTheCommand() {
        CommandLine root = new CommandLine(new BerthCommand());
        EngineCommands.register(root);

        CommandLine.ParseResult exec = root.parseArgs("exec", "-T", "web", "sh", "-c", "echo hi");

        ContainerCommands.Exec cmd = (ContainerCommands.Exec) exec.subcommand().commandSpec().userObject();
        assertThat(cmd.service).isEqualTo("web");
        assertThat(cmd.command).containsExactly("sh", "-c", "echo hi");
    }

    @Test
    void logsMinusFMeansFollowAndRmMinusFMeansForce() {
        CommandLine root = new CommandLine(new BerthCommand());
        EngineCommands.register(root);
        CommandLine.ParseResult logs = root.parseArgs("-f", "compose.yaml", "logs", "-f");
        assertThat(((LogsCommand) logs.subcommand().commandSpec().userObject()).follow).isTrue();

        CommandLine other = new CommandLine(new BerthCommand());
        EngineCommands.register(other);
        CommandLine.ParseResult rm = other.parseArgs("-f", "compose.yaml", "rm", "-f", "web");
        LifecycleCommands.Rm cmd = (LifecycleCommands.Rm) rm.subcommand().commandSpec().userObject();
        assertThat(cmd.force).isTrue();
        assertThat(cmd.services).containsExactly("web");
        assertThat(GlobalOptions.inherited(rm.subcommand().commandSpec()).combined().files).containsExactly("compose.yaml");
    }
}
