package dev.berth.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The root command: global flags live in {@link GlobalOptions}; each subcommand is its own class. */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A desktop Docker Compose. Run without a command to open the window.",
        subcommands = {CommandLine.HelpCommand.class, ConfigCommand.class})
public final class BerthCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    /** Runs the CLI and returns the exit code; errors are mapped to messages, never stack traces. */
    public static int run(String... args) {
        return execute(prepare(), args);
    }

    /** Executes a prepared tree with picocli's own output (help, usage errors) on today's System.out/err. */
    static int execute(CommandLine cli, String... args) {
        // picocli's default strategy remembers System.out from when the tree was built and, if it changed since,
        // puts it back as the output: a strategy made now sees the same System.out as the writers below.
        cli.setExecutionStrategy(new ProgressCheck());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, System.out.charset()), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, System.err.charset()), true));
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            cli.getErr().flush();
        }
    }

    /**
     * The command tree, ready for one {@code execute}. Building it reads every command's annotations, the
     * larger part of a short command's time in a warm JVM, so the daemon builds the next one between commands.
     */
    static CommandLine prepare() {
        CommandLine cli = new CommandLine(new BerthCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        EngineCommands.register(cli);
        return cli;
    }
}
