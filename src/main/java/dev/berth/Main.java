package dev.berth;

import dev.berth.cli.BerthCommand;
import dev.berth.cli.Invocation;
import dev.berth.cli.daemon.ClientProcess;
import dev.berth.cli.daemon.DaemonAddress;
import dev.berth.cli.daemon.DaemonClient;
import dev.berth.cli.daemon.DaemonLauncher;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;

/**
 * Entry point of the jar. With no arguments, or {@code gui [FILE...]}, it opens the window;
 * anything else is a CLI command. A short command goes to the resident daemon when one runs (a warm JVM
 * answers in a fraction of a cold start); otherwise it runs here and starts the daemon for the next one.
 * It does not extend Application so the fat jar can start JavaFX. As a process entry point it reads the
 * process's globals (environment, directory, streams) and hands them to the command as one {@link Invocation}.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            String[] files = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            dev.berth.ui.GuiLauncher.launch(files);
            return;
        }
        Map<String, String> env = ClientProcess.environment();
        DaemonAddress address = DaemonAddress.of(env);
        DaemonClient.Result forwarded = DaemonClient.forward(address,
                ClientProcess.request(address, env, Arrays.asList(args)), System.out, System.err);
        if (forwarded.outcome() == DaemonClient.Outcome.DONE) {
            // Output is flushed and nothing of this process needs shutting down; halt also skips
            // System.exit's logger set-up, a measurable part of a forwarded command.
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(forwarded.exitCode());
        }
        int code = BerthCommand.run(caller(env), args);
        if (forwarded.startDaemon()) {
            DaemonLauncher.start(env);
        }
        System.exit(code);
    }

    /** This process as the caller of a command: its environment, directory, standard streams, terminal and user. */
    public static Invocation caller(Map<String, String> env) {
        Console console = System.console();
        return new Invocation(env, ClientProcess.workingDir(), console != null && console.isTerminal(), System.in,
                System.out, System.err, System.getProperty("user.name"));
    }
}
