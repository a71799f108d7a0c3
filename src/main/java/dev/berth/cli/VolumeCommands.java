package dev.berth.cli;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.VolumeCopy;
import dev.berth.engine.VolumeCopyOptions;
import dev.berth.engine.VolumeUsage;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code volume ls|backup|restore}: the project's volumes with sizes and mounts, and their backup to a .tar.gz. */
@Command(name = "volume", description = "Show, back up and restore the project's volumes",
        subcommands = {VolumeCommands.Ls.class, VolumeCommands.Backup.class, VolumeCommands.Restore.class})
final class VolumeCommands implements Runnable {
    @Mixin GlobalOptions global;
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(global.caller().out());
    }

    @Command(name = "ls", description = "List the project's volumes: size, who mounts them where, who uses them")
    static final class Ls implements Callable<Integer> {
        @Mixin GlobalOptions global;

        @Override
        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, List.of());
            try (ComposeEngine engine = EngineConnection.open(global.caller())) {
                List<VolumeUsage> volumes = engine.volumeUsage(project);
                List<List<String>> rows = new java.util.ArrayList<>();
                rows.add(List.of("VOLUME", "SIZE", "MOUNTED BY", "IN USE BY"));
                for (VolumeUsage v : volumes) {
                    rows.add(List.of(v.name(), !v.exists() ? "(missing)" : v.sizeBytes() == null ? "?"
                            : Human.size(v.sizeBytes()), String.join(", ", v.mounts().stream()
                            .map(m -> m.serviceName() + ":" + m.target() + (m.readOnly() ? " (ro)" : "")).toList()),
                            String.join(", ", v.runningContainers())));
                }
                global.caller().out().print(Table.PS.render(rows));
            }
            return 0;
        }
    }

    @Command(name = "backup", description = "Write a volume's files to a .tar.gz")
    static final class Backup implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--force", description = "Replace the file if it exists") boolean force;
        @Parameters(index = "0", paramLabel = "VOLUME") String volume;
        @Parameters(index = "1", paramLabel = "FILE", arity = "0..1") String file;

        @Override
        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, List.of());
            String target = file != null ? file : volume + ".tar.gz";
            try (ComposeEngine engine = EngineConnection.open(global.caller())) {
                VolumeCopy c = engine.backupVolume(project, new VolumeCopyOptions(volume,
                        global.caller().resolve(target), force));
                report("Backed up", c, global.caller().err());
            }
            return 0;
        }
    }

    @Command(name = "restore", description = "Unpack a .tar.gz into a volume (empty, or --force)")
    static final class Restore implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--force", description = "Restore into a volume that is not empty") boolean force;
        @Parameters(index = "0", paramLabel = "VOLUME") String volume;
        @Parameters(index = "1", paramLabel = "FILE") String file;

        @Override
        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, List.of());
            try (ComposeEngine engine = EngineConnection.open(global.caller())) {
                VolumeCopy c = engine.restoreVolume(project, new VolumeCopyOptions(volume,
                        global.caller().resolve(file), force));
                report("Restored", c, global.caller().err());
            }
            return 0;
        }
    }

    static void report(String verb, VolumeCopy c, PrintStream err) {
        c.warnings().forEach(w -> err.println("WARN[0000] " + w));
        err.println(verb + " " + c.volumeName() + " (" + c.entries() + " entries, " + Human.size(c.bytes()) + ") "
                + (verb.equals("Restored") ? "from " : "to ") + c.file());
    }
}
