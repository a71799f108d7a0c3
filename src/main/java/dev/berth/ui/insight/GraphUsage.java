package dev.berth.ui.insight;

import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.GraphNode;
import dev.berth.ui.topology.ServiceStatus;
import dev.berth.ui.topology.TopologyPane;
import dev.berth.ui.topology.TopologyViewModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Live usage on the drawing: bars on the boxes of running services that are on screen, and the inspector's chart of
 * the selected one. Once a second it works out what is shown (scrolled away, focused out, window hidden or minimised
 * counts as not shown), has {@link LiveUsageViewModel} stream exactly that, and paints what came.
 */
public final class GraphUsage {
    private static final Set<ContainerState> UP = java.util.EnumSet.of(ContainerState.RUNNING, ContainerState.HEALTHY,
            ContainerState.UNHEALTHY, ContainerState.STARTING);
    private final TopologyPane pane;
    private final LiveUsageViewModel usage;
    private final TopologyViewModel topology;
    private final Supplier<String> projectName;
    private final Map<String, UsageBars> bars = new HashMap<>();
    private final UsageChart chart;
    private final Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));

    private GraphUsage(TopologyPane pane, LiveUsageViewModel usage, TopologyViewModel topology, Supplier<String> projectName) {
        this.pane = pane;
        this.usage = usage;
        this.topology = topology;
        this.projectName = projectName;
        this.chart = new UsageChart();
    }

    /** Lays bars over the pane's service boxes and starts the once-a-second round. */
    public static GraphUsage install(TopologyPane pane, LiveUsageViewModel usage, TopologyViewModel topology,
                                     Supplier<String> projectName) {
        GraphUsage g = new GraphUsage(pane, usage, topology, projectName);
        pane.setNodeOverlays(n -> n.kind() == GraphNode.Kind.SERVICE && !n.ghost()
                ? g.bars.computeIfAbsent(n.name(), k -> new UsageBars()) : null);
        g.ticker.setCycleCount(Animation.INDEFINITE);
        g.ticker.play();
        return g;
    }

    /** The chart of the selected service, for the inspector. */
    public UsageChart chart() {
        return chart;
    }

    void tick() {
        Set<String> onScreen = shown(pane) ? running(namesOf(pane.servicesOnScreen())) : Set.of();
        String selected = topology.selectedService();
        boolean charted = selected != null && chart.getParent() != null && shown(chart.getParent()) && !running(Set.of(selected)).isEmpty();
        Set<String> wanted = new HashSet<>(onScreen);
        if (charted) {
            wanted.add(selected);
        }
        usage.follow(projectName.get(), wanted);
        usage.tick();
        bars.forEach((service, b) -> b.show(onScreen.contains(service) ? usage.latest().get(service) : null));
        chart.show(charted ? selected : null, charted ? usage.history(selected).samples() : java.util.List.of());
    }

    private Set<String> running(Set<String> services) {
        Set<String> out = new HashSet<>();
        for (String s : services) {
            ServiceStatus st = topology.statuses().get(GraphNode.idOf(GraphNode.Kind.SERVICE, s));
            // the box's state, not only its count: a service shown exited or restarting gets no bars
            if (st != null && st.running() > 0 && UP.contains(st.state())) {
                out.add(s);
            }
        }
        return out;
    }

    private static Set<String> namesOf(Set<String> serviceIds) {
        Set<String> out = new HashSet<>();
        serviceIds.forEach(id -> out.add(id.substring(id.indexOf('-') + 1)));
        return out;
    }

    /** On screen: in a showing, not minimised window, and it and every parent visible. */
    static boolean shown(Node n) {
        if (n.getScene() == null || n.getScene().getWindow() == null || !n.getScene().getWindow().isShowing()
                || n.getScene().getWindow() instanceof Stage s && s.isIconified()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    public void stop() {
        ticker.stop();
        usage.close();
    }

    /** The bars of a service's box (tests). */
    public UsageBars bars(String serviceName) {
        return bars.get(serviceName);
    }
}
