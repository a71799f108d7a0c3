package dev.berth.cli.daemon;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The first step of {@code scripts/berth}: a JVM that holds only the JDK and this package's client classes (the
 * small {@code berth-<version>-client.jar}, with an AOT cache of its own), so a command forwarded to the resident daemon does
 * not open the full jar. When no daemon takes the command (none runs, it is busy, or the command is not for it), it
 * runs the full Berth JVM written on its own command line as a child on the same terminal and exits with its code;
 * the child learns from {@link #OUTCOME} what the daemon said and does not ask again.
 *
 * <p>Command line: {@code N <the N words of the full JVM's command, ending in -jar berth.jar> <berth's arguments>}.
 */
public final class ThinClient {
    /** Environment variable telling the full JVM what forwarding gave ({@link DaemonClient.Outcome} name). */
    public static final String OUTCOME = "BERTH_CLIENT_OUTCOME";

    private ThinClient() {}

    public static void main(String[] argv) {
        int n = Integer.parseInt(argv[0]);
        List<String> full = Arrays.asList(argv).subList(1, 1 + n);
        String[] args = Arrays.copyOfRange(argv, 1 + n, argv.length);
        Map<String, String> env = ClientProcess.environment();
        DaemonClient.Result result = new DaemonClient.Result(DaemonClient.Outcome.LOCAL, 0);
        if (Routing.enabled(env) && Routing.forwardable(Arrays.asList(args))) {
            DaemonAddress address = DaemonAddress.of(env, jar(full));
            result = DaemonClient.send(address, ClientProcess.request(address, env, Arrays.asList(args)),
                    System.out, System.err);
        }
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(result.outcome() == DaemonClient.Outcome.DONE
                ? result.exitCode() : runFull(full, args, result.outcome()));
    }

    /** The jar after {@code -jar} in the full command: the daemon's identity is that jar's. */
    static Path jar(List<String> full) {
        int at = full.indexOf("-jar");
        return Path.of(at >= 0 && at + 1 < full.size() ? full.get(at + 1) : full.getLast()).toAbsolutePath();
    }

    private static int runFull(List<String> full, String[] args, DaemonClient.Outcome outcome) {
        String[] command = new String[full.size() + args.length];
        full.toArray(command);
        System.arraycopy(args, 0, command, full.size(), args.length);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(OUTCOME, outcome.name());
        Process child;
        try {
            child = builder.start();
        } catch (IOException e) {
            System.err.println("berth: cannot start " + full.getFirst() + ": " + e.getMessage());
            return 127;
        }
        // The terminal's Ctrl-C reaches the child too, which stops its command and exits; a TERM or HUP sent to
        // this process only is passed on. Set after the start: an ignored signal would stay ignored in the child.
        Relay relay = new Relay(child);
        Signal.handle(new Signal("INT"), relay);
        Signal.handle(new Signal("TERM"), relay);
        Signal.handle(new Signal("HUP"), relay);
        while (true) {
            try {
                return child.waitFor();
            } catch (InterruptedException e) {
                // keep waiting: the child decides when the command ends
            }
        }
    }

    /** Passes TERM and HUP on to the child; INT needs nothing, the child has it from the terminal. */
    private static final class Relay implements SignalHandler {
        private final Process child;

        Relay(Process child) {
            this.child = child;
        }

        @Override
        public void handle(Signal signal) {
            if (!signal.getName().equals("INT")) {
                child.destroy();
            }
        }
    }
}
