package dev.berth.ui.insight;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.engine.ContainerState;
import dev.berth.insight.stats.ServiceUsage;
import dev.berth.insight.stats.StatsFeed;
import dev.berth.insight.stats.UsageFold;
import dev.berth.insight.stats.UsageHistory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Live resource use of the services a view shows (boxes on screen, the inspector's service): {@link #follow} streams
 * exactly those services' running containers; samples arrive on the engine's threads and are only stored, and
 * {@link #tick} (once a second, on the UI thread) folds them per service into {@link #latest()} and the history, so a
 * box changes at most once a second however many samples came.
 */
public final class LiveUsageViewModel {
    /** Five minutes at one point a second. */
    static final int HISTORY = 300;
    /** Containers are listed again this often while followed, to pick up new replicas and restarts. */
    static final long RELIST_MILLIS = 10_000;
    private final ComposeEngine engine;
    private final Executor background;
    private final Map<String, ServiceUsage> lastOfContainer = new ConcurrentHashMap<>();
    private final Map<String, UsageHistory> history = new ConcurrentHashMap<>();
    private final ObservableMap<String, ServiceUsage> latest = FXCollections.observableHashMap();
    private StatsFeed feed;
    private Set<String> followed = Set.of();
    private String project;
    private long listedAt;

    public LiveUsageViewModel(ComposeEngine engine, Executor background) {
        this.engine = engine;
        this.background = background;
    }

    /** Streams the running containers of {@code services} of the project, and stops every other stream. */
    public void follow(String projectName, Set<String> services) {
        if (engine == null || projectName == null) {
            return;
        }
        long now = System.currentTimeMillis();
        boolean changed = !projectName.equals(project) || !services.equals(followed);
        if (!changed && (services.isEmpty() || now - listedAt < RELIST_MILLIS)) {
            return;
        }
        project = projectName;
        followed = Set.copyOf(services);
        listedAt = now;
        lastOfContainer.values().removeIf(u -> !followed.contains(u.serviceName()));
        StatsFeed f = feed == null ? feed = new StatsFeed(engine, u -> lastOfContainer.put(u.containerName(), u)) : feed;
        Set<String> wanted = followed;
        try {
            background.execute(() -> follow(f, projectName, wanted));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // the window is closing and its background threads are gone: there is nothing left to follow
        }
    }

    /** In the background: streams for the running containers of the wanted services, none for the rest. */
    private void follow(StatsFeed f, String projectName, Set<String> wanted) {
        try {
            List<ContainerState> running = wanted.isEmpty() ? List.of()
                    : engine.state(projectName, ContainerScope.RUNNING).containers();
            f.follow(running.stream().filter(c -> !c.oneOff() && wanted.contains(c.serviceName())).toList());
        } catch (RuntimeException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "stats of " + projectName, e);
        }
    }

    /** Folds what came since the last tick into {@link #latest()} and each service's history; on the UI thread. */
    public void tick() {
        long now = System.currentTimeMillis();
        Map<String, ServiceUsage> folded = UsageFold.byService(lastOfContainer.values(), now - 5_000);
        latest.keySet().removeIf(s -> !folded.containsKey(s));
        folded.forEach((service, u) -> {
            ServiceUsage before = latest.get(service);
            if (before == null || before.atMillis() != u.atMillis()) {
                latest.put(service, u);
                history.computeIfAbsent(service, k -> new UsageHistory(HISTORY)).add(u);
            }
        });
    }

    /** Stops every stream (the window closes, or no view shows usage). */
    public void close() {
        if (feed != null) {
            feed.close();
        }
        followed = Set.of();
        lastOfContainer.clear();
    }

    public int streaming() {
        return feed == null ? 0 : feed.streaming();
    }

    public Set<String> followed() {
        return followed;
    }

    /** The newest folded sample of each followed service that has sent one in the last seconds, by service name. */
    public ObservableMap<String, ServiceUsage> latest() {
        return latest;
    }

    public UsageHistory history(String serviceName) {
        return history.getOrDefault(serviceName, new UsageHistory(1));
    }
}
