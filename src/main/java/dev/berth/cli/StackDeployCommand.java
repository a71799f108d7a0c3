package dev.berth.cli;

import dev.berth.engine.docker.RegistryHeader;
import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import dev.berth.stack.DeployOptions;
import dev.berth.stack.DeployValidation;
import dev.berth.stack.StackEngine;
import dev.berth.stack.StackPlan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stack deploy}: the flags of {@code docker stack deploy}, and --dry-run for the preview with causes. */
@Command(name = "deploy", aliases = "up", description = "Deploy a new stack or update an existing stack")
final class StackDeployCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "STACK", arity = "1") String namespace;
    @Option(names = {"-c", "--compose-file"}, paramLabel = "FILE", split = ",",
            description = "Path to a Compose file, or \"-\" to read from stdin") List<String> files = new ArrayList<>();
    @Option(names = "--prune", description = "Prune services that are no longer referenced") boolean prune;
    @Option(names = "--resolve-image", paramLabel = "always|changed|never", description = "Query the registry to resolve"
            + " image digest and supported platforms") String resolveImage = "always";
    @Option(names = "--with-registry-auth", description = "Send registry authentication details to Swarm agents") boolean withAuth;
    @Option(names = {"-d", "--detach"}, arity = "0..1", fallbackValue = "true", description = "Exit immediately instead of"
            + " waiting for the stack services to converge") Boolean detach;
    @Option(names = {"-q", "--quiet"}, description = "Suppress progress output") boolean quiet;
    @Option(names = "--dry-run", description = "Print what the deploy would create, update and remove, and why; change nothing")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        Invocation caller = BerthCommand.caller(spec);
        DeployOptions options = new DeployOptions(namespace, prune, resolveImage,
                withAuth ? RegistryHeader.forCaller(caller.environment()) : null, detach == null || detach, quiet);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("specify a Compose file (with --compose-file)");
        }
        Project project = load(caller);
        StackEngine engine = StackCommand.engine(caller);
        StackPlan plan = engine.plan(project, options);
        if (dryRun) {
            plan.warnings().stream().distinct().forEach(caller.err()::println);
            plan.lines().forEach(caller.out()::println);
            return 0;
        }
        plan.warnings().stream().filter(w -> w.startsWith("Ignoring")).forEach(caller.err()::println);
        if (detach == null) {
            caller.err().println("Since --detach=false was not specified, tasks will be created in the background.\n"
                    + "In a future release, --detach=false will become the default.");
        }
        List<String> errors = engine.deploy(project, plan, options, new StackPrinter(caller, quiet || detach != null && detach));
        errors.forEach(caller.err()::println);
        return errors.isEmpty() ? 0 : 1;
    }

    /** The files as given, loaded under the stack's name (so the default network is STACK_default, as for the docker CLI). */
    private Project load(Invocation caller) throws LoadException {
        LoadResult result = loaded(caller);
        List<dev.berth.compose.load.Problem> problems = DeployValidation.check(result.project()).stream()
                .map(i -> new dev.berth.compose.load.Problem(result.sourceMap().find(i.path()), i.path(), i.message(), i.hint()))
                .toList();
        if (!problems.isEmpty()) {
            throw new LoadException(problems);
        }
        return result.project();
    }

    private LoadResult loaded(Invocation caller) throws LoadException {
        List<Path> paths = files.stream().map(f -> f.equals("-") ? Path.of("-") : caller.resolve(f)).toList();
        LoadOptions options = new LoadOptions(paths, caller.workingDir(), null, namespace, List.of(), List.of(),
                caller.environment(), true, List.of());
        LoadResult result = new ProjectLoader(caller.in()).load(options);
        result.warnings().forEach(w -> caller.err().println("WARN[0000] " + w));
        return result;
    }
}
