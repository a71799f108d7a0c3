package dev.berth.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Rejects a bad {@code --progress} (or COMPOSE_PROGRESS) before any command runs, as the reference does for every
 * command: its message on stderr, exit 1. {@code --help} and {@code --version} still answer, as there.
 */
final class ProgressCheck implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy next = new CommandLine.RunLast();

    @Override
    public int execute(ParseResult parsed) {
        ParseResult leaf = parsed;
        boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
            help |= leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested();
        }
        if (!help) {
            try {
                GlobalOptions.inherited(leaf.commandSpec()).progressSettings().check();
            } catch (IllegalArgumentException e) {
                parsed.commandSpec().commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
        return next.execute(parsed);
    }
}
