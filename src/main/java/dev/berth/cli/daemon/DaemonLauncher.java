package dev.berth.cli.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts a daemon in the background, in a session of its own ({@code setsid --fork}) so that Ctrl-C in the
 * terminal does not reach it, with its output in a log file next to its socket. It runs the same Java runtime
 * and the same jar (or jpackage launcher) as this process.
 */
public final class DaemonLauncher {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    private DaemonLauncher() {}

    /** Starts the daemon and returns at once; failures only mean the next command runs in-process too. */
    public static void start(Map<String, String> environment) {
        try {
            DaemonAddress address = DaemonAddress.of(environment);
            address.prepare();
            List<String> command = command(executable(System.getProperty("jpackage.app-path"),
                    ProcessHandle.current().info().command().orElse(null)),
                    ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()), address.code());
            if (command.isEmpty()) {
                return;
            }
            boolean fork = Files.isExecutable(Path.of("/usr/bin/setsid"));
            if (fork) {
                command.addAll(0, List.of("/usr/bin/setsid", "--fork"));
            }
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().remove(ThinClient.OUTCOME);
            Process started = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
                    .redirectErrorStream(true)
                    .start();
            if (fork) {
                // setsid exits once it has forked the daemon. Waiting for that leaves no thread of this JVM in a
                // native wait for the daemon: at exit the JVM waits up to 300 ms for such threads (measured: a
                // first `config` took 0.83 s instead of 0.44 s).
                started.waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            // no daemon: every command keeps running in-process, as with BERTH_DAEMON=0
        }
    }

    /**
     * What started this process: an app image's launcher when it says so ({@code jpackage.app-path}, set by jpackage's
     * launcher and by Berth's own, which {@code exec}s the image's {@code java}), else the process's executable.
     */
    static String executable(String appPath, String processCommand) {
        return appPath != null && Files.isExecutable(Path.of(appPath)) ? appPath : processCommand;
    }

    /**
     * The daemon's command line from this process's: a jpackage launcher is called as it is; a plain
     * {@code java} keeps its JVM options (the AOT cache, native access) and compiles with C1 only.
     */
    static List<String> command(String executable, List<String> arguments, Path code) {
        List<String> out = new ArrayList<>();
        if (executable == null) {
            return out;
        }
        out.add(executable);
        if (!Path.of(executable).getFileName().toString().startsWith("java")) {
            out.addAll(List.of("daemon", "run"));
            return out;
        }
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("-jar") || !arg.startsWith("-")) {
                break;
            }
            if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                i++;
            } else if (!arg.startsWith("-XX:TieredStopAtLevel")) {
                out.add(arg);
            }
        }
        // C1 only: each command is short and varied, and C2 kept compiling in the background (measured on up + down
        // of 50 services: 0.9-2.0 s of daemon CPU per round with C2, 0.6-0.8 s with C1 only), CPU the engine needs.
        out.add(C1_ONLY);
        if (code.toString().endsWith(".jar")) {
            out.addAll(List.of("-jar", code.toString()));
        } else {
            out.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.berth.Main"));
        }
        out.addAll(List.of("daemon", "run"));
        return out;
    }
}
