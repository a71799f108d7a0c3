package dev.berth.cli;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.EngineEvent;
import dev.berth.engine.LogOptions;
import dev.berth.engine.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code logs}: print (or follow) the output of the project's containers. */
@Command(name = "logs", description = "View output from containers")
final class LogsCommand implements Callable<Integer> {
    // no GlobalOptions mixin here: -f means --follow for logs, as in docker compose
    @Spec CommandSpec spec;
    @Option(names = {"-f", "--follow"}) boolean follow;
    @Option(names = {"-n", "--tail"}, paramLabel = "N") String tail = "all";
    @Option(names = "--since", paramLabel = "TIME") String since;
    @Option(names = "--until", paramLabel = "TIME", description = "Show logs before a timestamp or relative time")
    String until;
    @Option(names = "--index", description = "index of the container if service has multiple replicas") Integer index;
    @Option(names = {"-t", "--timestamps"}) boolean timestamps;
    @Option(names = "--no-log-prefix") boolean noPrefix;
    @Option(names = "--no-color") boolean noColor;
    @Parameters(paramLabel = "SERVICE") List<String> services = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        GlobalOptions global = GlobalOptions.inherited(spec);
        Loaded loaded = Loaded.optional(global);
        Integer lines = tail.equals("all") ? null : Integer.valueOf(tail);
        List<String> known = loaded.project() == null ? services : new ArrayList<>(loaded.project().services().keySet());
        LogPrinter printer = new LogPrinter(global.caller().out(), known, noPrefix, !noColor && global.progressSettings().logColours());
        try (ComposeEngine engine = EngineConnection.open(global.caller());
             Subscription logs = engine.logs(loaded.name(), new LogOptions(services, follow, lines, time("--since", since), time("--until", until), index, timestamps,
                     false),
                     e -> {
                         if (e instanceof EngineEvent.LogLine line) {
                             printer.print(line);
                         }
                     })) {
            logs.awaitEnd();
        }
        global.caller().out().flush();
        return 0;
    }

    /** {@code --since} or {@code --until} as the engine's CLI reads it ({@link TimeArgument}). */
    private Instant time(String option, String value) {
        if (value == null) {
            return null;
        }
        try {
            return TimeArgument.parse(value, Instant.now(), TimeArgument.zone(GlobalOptions.inherited(spec).caller().environment()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid " + option + ": " + e.getMessage());
        }
    }
}
