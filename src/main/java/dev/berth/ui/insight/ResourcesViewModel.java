package dev.berth.ui.insight;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.ContainerScope;
import dev.berth.insight.stats.ServiceUsage;
import dev.berth.insight.stats.StatsFeed;
import dev.berth.insight.stats.UsageHistory;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * Live resource use of the project's services while a view shows it: {@link #show} starts the stats streams of the
 * running containers (and re-lists them when called again), {@link #hide} stops every stream.
 */
public final class ResourcesViewModel {
    /** Five minutes at one sample a second. */
    static final int HISTORY = 300;
    private final ComposeEngine engine;
    private final Executor background;
    private final Executor ui;
    private final ObservableMap<String, ServiceUsage> latest = FXCollections.observableHashMap();
    private final Map<String, UsageHistory> history = new ConcurrentHashMap<>();
    private StatsFeed feed;

    public ResourcesViewModel(ComposeEngine engine, Executor background, Executor ui) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
    }

    /** Follows the running containers of the project; call again to pick up containers started since. */
    public synchronized void show(String projectName) {
        if (engine == null || projectName == null) {
            return;
        }
        if (feed == null) {
            feed = new StatsFeed(engine, this::sampled);
        }
        StatsFeed f = feed;
        background.execute(() -> {
            try {
                f.follow(engine.state(projectName, ContainerScope.RUNNING).containers());
            } catch (RuntimeException e) {
                System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "stats of " + projectName, e);
            }
        });
    }

    public synchronized void hide() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    public synchronized int streaming() {
        return feed == null ? 0 : feed.streaming();
    }

    private void sampled(ServiceUsage u) {
        String key = u.containerName();
        history.computeIfAbsent(key, k -> new UsageHistory(HISTORY)).add(u);
        ui.execute(() -> latest.put(key, u));
    }

    /** The last sample of each container, by container name. */
    public ObservableMap<String, ServiceUsage> latest() {
        return latest;
    }

    public UsageHistory history(String containerName) {
        return history.getOrDefault(containerName, new UsageHistory(1));
    }
}
