package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerState;
import dev.berth.engine.CommitRequest;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.EngineException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** export and commit: a service container's filesystem as a tar archive, or as a new image. */
final class SnapshotCommands {
    private SnapshotCommands() {}

    @Command(name = "export", description = "Export a service container's filesystem as a tar archive")
    static final class Export implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--index", description = "index of the container if service has multiple replicas.") int index;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file, instead of STDOUT")
        String output;
        @Parameters(index = "0", paramLabel = "SERVICE") String service;

        @Override
        public Integer call() throws Exception {
            Invocation io = global.caller();
            String projectName = Loaded.optional(global).name();
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Exporting")) {
                ContainerState c = engine.container(projectName, service, index, true, false);
                Path file = output == null ? null : io.resolve(output);
                if (file == null && io.terminal()) {
                    throw new EngineException(EngineException.Reason.INVALID,
                            "output option is required when exporting to terminal");
                }
                if (file != null && !Files.isDirectory(file.getParent())) {
                    throw new EngineException(EngineException.Reason.INVALID, "failed to export container: invalid "
                            + "output path: directory \"" + file.getParent() + "\" does not exist");
                }
                progress.accept(EngineEvent.ResourceChanged.container(c.name(), c.serviceName(),
                        EngineEvent.Phase.EXPORTING));
                try (InputStream tar = engine.export(c.id())) {
                    if (file == null) {
                        tar.transferTo(io.out());
                        io.out().flush();
                    } else {
                        write(tar, file);
                    }
                }
                progress.accept(EngineEvent.ResourceChanged.container(c.name(), c.serviceName(),
                        EngineEvent.Phase.EXPORTED));
            }
            return 0;
        }

        /** Like the reference's atomic writer: a 0600 temporary file beside the target, moved over it when complete. */
        private static void write(InputStream tar, Path file) throws java.io.IOException {
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    tar.transferTo(out);
                }
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    @Command(name = "commit", description = "Create a new image from a service container's changes")
    static final class Commit implements Callable<Integer> {
        // -p is --pause here, as in the reference: the global flags come from the parent command line only.
        @Spec CommandSpec spec;
        @Option(names = {"-a", "--author"}, paramLabel = "AUTHOR",
                description = "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")") String author;
        @Option(names = {"-c", "--change"}, paramLabel = "CHANGE",
                description = "Apply Dockerfile instruction to the created image") List<String> changes = new ArrayList<>();
        @Option(names = "--index", description = "index of the container if service has multiple replicas.") int index;
        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", description = "Commit message") String message;
        @Option(names = {"-p", "--pause"}, defaultValue = "true", fallbackValue = "true",
                arity = "0..1", description = "Pause container during commit (default true)") boolean pause;
        @Parameters(index = "0", paramLabel = "SERVICE") String service;
        @Parameters(index = "1", paramLabel = "REPOSITORY[:TAG]", arity = "0..1") String reference;

        @Override
        public Integer call() throws Exception {
            GlobalOptions global = GlobalOptions.inherited(spec);
            String projectName = Loaded.optional(global).name();
            String[] repoTag = repositoryAndTag(reference);
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Committing")) {
                ContainerState c = engine.container(projectName, service, index, true, false);
                progress.accept(EngineEvent.ResourceChanged.container(c.name(), c.serviceName(),
                        EngineEvent.Phase.COMMITTING));
                String id = engine.commit(c.id(), new CommitRequest(repoTag[0], repoTag[1], author, message, changes,
                        pause));
                progress.accept(EngineEvent.ResourceChanged.container(c.name(), c.serviceName(),
                        EngineEvent.Phase.COMMITTED).withDetail("as " + id));
            }
            return 0;
        }

        /** {@code name[:tag]}: the tag is what follows the last colon after the last slash (a port is not a tag). */
        static String[] repositoryAndTag(String reference) {
            if (reference == null || reference.isEmpty()) {
                return new String[] {null, null};
            }
            int colon = reference.lastIndexOf(':');
            if (colon > reference.lastIndexOf('/')) {
                return new String[] {reference.substring(0, colon), reference.substring(colon + 1)};
            }
            return new String[] {reference, null};
        }
    }
}
