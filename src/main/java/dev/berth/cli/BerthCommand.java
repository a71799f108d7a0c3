package dev.berth.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * The root command: global flags live in {@link GlobalOptions}; each subcommand is its own class. The root also
 * holds the caller of the one command line its tree runs ({@link #caller(CommandSpec)}): a tree serves one
 * {@code execute}, so commands running at once in one JVM each have their own.
 */
@Command(name = "berth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A desktop Docker Compose. Run without a command to open the window.",
        subcommands = {CommandLine.HelpCommand.class, ConfigCommand.class})
public final class BerthCommand implements Runnable {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    private volatile Invocation caller;

    @Override
    public void run() {
        spec.commandLine().usage(caller.out());
    }

    /** Runs a command line for {@code caller} and returns the exit code; errors become messages, never stack traces. */
    public static int run(Invocation caller, String... args) {
        return execute(prepare(), caller, args);
    }

    /** Executes a prepared tree, once, for {@code caller}: picocli's own output (help, usage errors) goes to its streams. */
    static int execute(CommandLine cli, Invocation caller, String... args) {
        attach(cli, caller);
        cli.setExecutionStrategy(new ProgressCheck());
        // picocli's AUTO would ask this JVM's console and environment: the caller's decide
        boolean colours = caller.terminal() && !caller.environment().containsKey("NO_COLOR");
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(colours ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setOut(new PrintWriter(new OutputStreamWriter(caller.out(), caller.out().charset()), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(caller.err(), caller.err().charset()), true));
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

    /** Makes {@code caller} the caller of the one command line the tree {@code cli} will run. */
    static void attach(CommandLine cli, Invocation caller) {
        BerthCommand root = (BerthCommand) cli.getCommand();
        if (root.caller != null) {
            throw new IllegalStateException("a command tree runs one command line");
        }
        root.caller = caller;
    }

    /** The caller of the command line that {@code spec} belongs to. */
    static Invocation caller(CommandSpec spec) {
        CommandSpec root = spec;
        while (root.parent() != null) {
            root = root.parent();
        }
        if (root.userObject() instanceof BerthCommand berth && berth.caller != null) {
            return berth.caller;
        }
        throw new IllegalStateException("no caller: run commands through BerthCommand.run or execute");
    }
}
