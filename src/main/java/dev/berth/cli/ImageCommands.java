package dev.berth.cli;

import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.model.Project;
import dev.berth.engine.BuildOptions;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.UpOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** build, pull, push and create: image and container preparation without starting anything. */
final class ImageCommands {
    private ImageCommands() {}

    @Command(name = "build", description = "Build or rebuild services")
    static final class Build implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--no-cache") boolean noCache;
        @Option(names = {"-q", "--quiet"}) boolean quiet;
        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, services);
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Building", quiet)) {
                engine.build(project, BuildOptions.of(services)
                        .with(noCache ? BuildOptions.Cache.IGNORED : BuildOptions.Cache.USED), progress);
            }
            return 0;
        }
    }

    @Command(name = "pull", description = "Pull service images")
    static final class Pull implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = {"-q", "--quiet"}) boolean quiet;
        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, services);
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Pulling", quiet)) {
                engine.pull(project, services, progress);
            }
            return 0;
        }
    }

    @Command(name = "push", description = "Push service images")
    static final class Push implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--ignore-push-failures",
                description = "Push what it can and ignores images with push failures") boolean ignoreFailures;
        @Option(names = "--include-deps", description = "Also push images of services declared as dependencies")
        boolean includeDeps;
        @Option(names = {"-q", "--quiet"}, description = "Push without printing progress information") boolean quiet;
        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, services);
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Pushing", quiet)) {
                engine.push(project, services, includeDeps, ignoreFailures, progress);
            }
            return 0;
        }
    }

    @Command(name = "create", description = "Creates containers for a service")
    static final class Create implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--build") boolean build;
        @Option(names = "--no-build") boolean noBuild;
        @Option(names = "--force-recreate") boolean forceRecreate;
        @Option(names = "--no-recreate") boolean noRecreate;
        @Option(names = "--remove-orphans") boolean removeOrphans;
        @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

        public Integer call() throws Exception {
            Project project = ProjectSource.load(global, services);
            UpOptions.BuildPolicy policy = build ? UpOptions.BuildPolicy.ALWAYS
                    : noBuild ? UpOptions.BuildPolicy.NEVER : UpOptions.BuildPolicy.IF_MISSING;
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Creating")) {
                engine.up(project, UpOptions.defaults().withServices(services).withRemoveOrphans(removeOrphans)
                        .with(forceRecreate ? UpOptions.Recreate.FORCE : noRecreate ? UpOptions.Recreate.NEVER
                                : UpOptions.Recreate.DIVERGED).withNoStart(true).with(policy), progress);
            }
            return 0;
        }
    }

    @Command(name = "scale", description = "Scale services")
    static final class Scale implements Callable<Integer> {
        @Mixin GlobalOptions global;
        @Option(names = "--no-deps") boolean noDeps;
        @Parameters(paramLabel = "SERVICE=REPLICAS", arity = "1..*") List<String> scales = new ArrayList<>();

        public Integer call() throws Exception {
            Map<String, Integer> wanted = new java.util.TreeMap<>();
            for (String s : scales) {
                int eq = s.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("invalid scale specifier: " + s);
                }
                wanted.put(s.substring(0, eq), Integer.parseInt(s.substring(eq + 1)));
            }
            Project project = ProjectSource.load(global, List.copyOf(wanted.keySet()));
            try (ComposeEngine engine = EngineConnection.open(global.caller()); ProgressSink progress = global.progress("Running")) {
                engine.up(project, UpOptions.defaults().withServices(List.copyOf(wanted.keySet())).withNoDeps(noDeps)
                        .withScale(wanted), progress);
            }
            return 0;
        }
    }
}
