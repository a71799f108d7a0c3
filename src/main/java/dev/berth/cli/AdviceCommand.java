package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.insight.advice.Advice;
import dev.berth.insight.advice.AdviceText;
import dev.berth.insight.advice.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code advice}: the course's advice on the project's compose files and Dockerfiles, each at its file:line. */
@Command(name = "advice", description = "Check the compose files and Dockerfiles against production advice")
final class AdviceCommand implements Callable<Integer> {
    @Mixin GlobalOptions global;
    @Option(names = "--diff", description = "Show each mechanical fix as the lines it would change") boolean diff;
    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json: one object a line")
    String format = "text";
    @Option(names = "--rule", paramLabel = "RULE", description = "Only findings of these rules") List<String> rules
            = new ArrayList<>();
    @Parameters(paramLabel = "SERVICE", description = "Only these services' findings (all when none)")
    List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Invocation caller = global.caller();
        LoadResult loaded = new ProjectLoader(caller.in()).load(global.toLoadOptions().withTargetServices(services));
        loaded.warnings().forEach(w -> caller.err().println("WARN[0000] " + w));
        List<Finding> findings = Advice.of(loaded, services).stream()
                .filter(f -> rules.isEmpty() || rules.contains(f.rule())).toList();
        if (format.equals("json")) {
            findings.forEach(f -> caller.out().println(json(f)));
        } else {
            caller.out().print(AdviceText.render(findings, loaded.project().workingDir(), diff));
        }
        return 0;
    }

    private static String json(Finding f) {
        var l = f.location();
        return "{\"file\":" + Progress.jsonString(l == null || l.file() == null ? "" : l.file().toString())
                + ",\"line\":" + (l == null ? 0 : l.line()) + ",\"column\":" + (l == null ? 0 : l.column())
                + ",\"rule\":" + Progress.jsonString(f.rule()) + ",\"message\":" + Progress.jsonString(f.message())
                + ",\"why\":" + Progress.jsonString(f.why()) + ",\"fixable\":" + (f.fix() != null) + "}";
    }
}
