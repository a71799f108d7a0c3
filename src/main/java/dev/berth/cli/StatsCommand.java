package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.ContainerState;
import dev.berth.engine.StatsSample;
import dev.berth.engine.Subscription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code stats}: the project's containers' resource usage as the engine's CLI shows it. Live, the table is redrawn
 * every half second in place (cursor home, each line cleared to its end, the rest of the screen cleared), the
 * container list followed as containers start and stop; {@code --no-stream} prints one table.
 */
@Command(name = "stats", description = "Display a live stream of container(s) resource usage statistics")
final class StatsCommand implements Callable<Integer> {
    private static final long FRAME_MILLIS = 500;
    private static final int FRAMES_PER_LISTING = 4;
    @Mixin GlobalOptions global;
    @Option(names = {"-a", "--all"}, description = "Show all containers (default shows just running)") boolean all;
    @Option(names = "--format", paramLabel = "FORMAT", description = "Format output using a custom template: "
            + "'table' (default), 'table TEMPLATE', 'json' or 'TEMPLATE'") String format = "table";
    @Option(names = "--no-stream", description = "Disable streaming stats and only pull the first result")
    boolean noStream;
    @Option(names = "--no-trunc", description = "Do not truncate output") boolean noTrunc;
    @Parameters(paramLabel = "SERVICE", arity = "0..1") String service;

    /** A container followed: its latest sample and the stream that brings them. */
    private static final class Followed {
        final ContainerState container;
        final CountDownLatch first = new CountDownLatch(1);
        volatile StatsSample sample;
        Subscription stream;

        Followed(ContainerState container) {
            this.container = container;
        }
    }

    @Override
    public Integer call() throws Exception {
        Invocation io = global.caller();
        String projectName = Loaded.optional(global).name();
        PsTemplate template = format.equals("json") ? null
                : PsTemplate.parse(format.equals("table") ? StatsRow.DEFAULT_TABLE : format);
        Map<String, Followed> followed = new LinkedHashMap<>();
        try (ComposeEngine engine = EngineConnection.open(global.caller())) {
            follow(engine, projectName, followed);
            if (noStream) {
                io.out().print(render(followed, template));
                return 0;
            }
            for (int frame = 1; ; frame++) {
                Thread.sleep(FRAME_MILLIS);
                if (frame % FRAMES_PER_LISTING == 0) {
                    follow(engine, projectName, followed);
                }
                io.out().print(frame(render(followed, template)));
                io.out().flush();
            }
        } catch (InterruptedException stopped) {
            return 0;
        } finally {
            followed.values().forEach(f -> f.stream.close());
        }
    }

    /** Starts streams for the containers now listed, ends those of containers gone; waits for each new one's first sample. */
    private void follow(ComposeEngine engine, String projectName, Map<String, Followed> followed)
            throws InterruptedException {
        List<ContainerState> now = engine.state(projectName, all ? ContainerScope.ALL : ContainerScope.RUNNING).containers().stream()
                .filter(c -> service == null || service.equals(c.serviceName())).toList();
        List<String> ids = now.stream().map(ContainerState::id).toList();
        followed.values().removeIf(f -> {
            boolean gone = !ids.contains(f.container.id());
            if (gone) {
                f.stream.close();
            }
            return gone;
        });
        for (ContainerState c : now) {
            if (!followed.containsKey(c.id())) {
                Followed f = new Followed(c);
                f.stream = engine.stats(c.id(), !noStream, s -> {
                    f.sample = s;
                    f.first.countDown();
                }, f.first::countDown);
                followed.put(c.id(), f);
            }
        }
        for (Followed f : followed.values()) {
            f.first.await(5, TimeUnit.SECONDS);
        }
    }

    private String render(Map<String, Followed> followed, PsTemplate template) {
        List<Map<String, String>> rows = followed.values().stream()
                .map(f -> StatsRow.fields(f.container, f.sample, !noTrunc)).toList();
        if (template == null) {
            return rows.stream().map(r -> r.entrySet().stream()
                    .map(e -> Progress.jsonString(e.getKey()) + ":" + Progress.jsonString(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}\n"))).collect(Collectors.joining());
        }
        return template.render(rows, StatsRow.HEADERS, Table.FORMATTER);
    }

    /** As the engine's CLI redraws: home, each line cleared after its text, then everything below cleared. */
    static String frame(String text) {
        StringBuilder out = new StringBuilder("\033[H");
        for (String line : text.split("\n", -1)) {
            out.append(line).append("\033[K\n");
        }
        return out.append("\033[J").toString();
    }
}
