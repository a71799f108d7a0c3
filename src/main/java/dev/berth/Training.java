package dev.berth;

import dev.berth.cli.BerthCommand;
import dev.berth.cli.Invocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload of the AOT training run (installer/train.sh, scripts/aot-cache.sh): the JVM records
 * the classes these commands load and the cache makes the next starts faster. One JVM runs them
 * all because a training run writes exactly one cache. Usage: {@code Training [--gui] [FILE...]}:
 * {@code --version}, {@code config} on each file, {@code ps}, then the window up to its first frame.
 */
public final class Training {
    private static Invocation caller;

    private Training() {}

    public static void main(String[] args) {
        boolean gui = args.length > 0 && args[0].equals("--gui");
        List<String> files = List.of(args).subList(gui ? 1 : 0, args.length);
        // Output of the training commands is noise; failures (say, no dockerd for ps) are fine too.
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        Invocation here = Main.caller(System.getenv());
        caller = new Invocation(here.environment(), here.workingDir(), false, InputStream.nullInputStream(), none, none,
                here.user());
        List<String> report = new ArrayList<>();
        report.add(run("--version"));
        report.add(run("--help"));
        for (String file : files) {
            report.add(run("-f", file, "config"));
            report.add(run("-f", file, "config", "--format", "json"));
        }
        report.add(run("ps"));
        report.addAll(EngineTraining.run(Training::run));
        report.add(dev.berth.cli.DaemonTraining.roundTrip(caller));
        report.forEach(System.err::println);
        if (gui) {
            System.setProperty("berth.exitAfterFirstFrame", "true");
            dev.berth.ui.GuiLauncher.launch(files.isEmpty() ? new String[0] : new String[] {files.getFirst()});
        }
    }

    private static String run(String... args) {
        int code;
        try {
            code = BerthCommand.run(caller, args);
        } catch (RuntimeException e) {
            code = -1;
        }
        return "training: berth " + String.join(" ", args) + " -> exit " + code;
    }
}
