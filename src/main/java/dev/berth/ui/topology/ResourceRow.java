package dev.berth.ui.topology;

import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Networks and volumes in one row under the services, each placed near the mean x of the services
 * that use it, then pushed right just enough not to overlap. Between the services and this row run
 * the buses of the network and volume lines, one lane per resource. From {@link #COLLAPSE_FROM}
 * attachments on the lines would be a hairball: none are drawn, each service box names its
 * networks and volumes as badges instead, and the row wraps under the services.
 */
final class ResourceRow {
    static final int COLLAPSE_FROM = 40;
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();
    private final Map<String, List<String>> badges = new TreeMap<>();
    private final boolean collapsed;

    /** {@code servicesBottom}: the lowest edge of the service boxes; the row leaves room for one bus lane per resource. */
    ResourceRow(Project project, Map<String, Service> all, Map<String, GraphNode> byService, double servicesBottom) {
        Map<String, TreeSet<String>> users = new TreeMap<>();
        for (Service s : all.values()) {
            for (String net : networksOf(project, s)) {
                users.computeIfAbsent(GraphNode.idOf(GraphNode.Kind.NETWORK, net), k -> new TreeSet<>()).add(s.name());
            }
            for (Mount m : s.volumes()) {
                if (named(project, s, m)) {
                    users.computeIfAbsent(GraphNode.idOf(GraphNode.Kind.VOLUME, m.source()), k -> new TreeSet<>()).add(s.name());
                }
            }
        }
        project.networks().keySet().forEach(n -> users.putIfAbsent(GraphNode.idOf(GraphNode.Kind.NETWORK, n), new TreeSet<>()));
        project.volumes().keySet().forEach(v -> users.putIfAbsent(GraphNode.idOf(GraphNode.Kind.VOLUME, v), new TreeSet<>()));
        collapsed = users.values().stream().mapToInt(TreeSet::size).sum() >= COLLAPSE_FROM;
        if (collapsed) {
            users.forEach((id, names) -> names.forEach(n -> badges.computeIfAbsent(n, k -> new ArrayList<>()).add(id)));
        }
        double right = byService.values().stream().mapToDouble(n -> n.x() + n.width()).max().orElse(0);
        place(project, users, byService, servicesBottom + TopologyLayout.ROW_GAP
                + (collapsed ? 0 : users.size() * Routing.LANE), right);
    }

    /**
     * A named volume the service mounts. A volume only services switched off by profiles use is left
     * out of the loaded project, but keeps its (ghost) box: ticking the profile then changes no place.
     */
    private static boolean named(Project project, Service s, Mount m) {
        if (!"volume".equals(m.type()) || m.source() == null) {
            return false;
        }
        return project.volumes().containsKey(m.source()) || !project.services().containsKey(s.name());
    }

    boolean collapsed() {
        return collapsed;
    }

    /** The network and volume ids a service names as badges (collapsed rows only). */
    List<String> badgesOf(String serviceName) {
        return badges.getOrDefault(serviceName, List.of());
    }

    List<GraphNode> nodes() {
        return nodes;
    }

    List<GraphEdge> edges() {
        return edges;
    }

    private static List<String> networksOf(Project project, Service s) {
        if (!s.networks().isEmpty()) {
            return s.networks().keySet().stream().sorted().toList();
        }
        boolean usesDefault = s.networkMode() == null && project.networks().containsKey("default");
        return usesDefault ? List.of("default") : List.of();
    }

    private void place(Project project, Map<String, TreeSet<String>> users, Map<String, GraphNode> byService,
                       double top, double right) {
        record Wish(String id, double x) {}
        List<Wish> wishes = new ArrayList<>();
        for (var e : users.entrySet()) {
            double x = e.getValue().stream().map(byService::get).filter(java.util.Objects::nonNull)
                    .mapToDouble(n -> n.x() + n.width() / 2).average().orElse(TopologyLayout.MARGIN)
                    - TopologyLayout.RESOURCE_WIDTH / 2;
            wishes.add(new Wish(e.getKey(), x));
        }
        // collapsed: no lines to keep short, so a tidy name order (networks, then volumes) wrapped under the services
        wishes.sort(collapsed ? Comparator.comparing(Wish::id)
                : Comparator.comparingDouble(Wish::x).thenComparing(Wish::id));
        double next = TopologyLayout.MARGIN;
        double y = top;
        for (Wish w : wishes) {
            double x = collapsed ? next : Math.max(w.x(), next);
            if (collapsed && x + TopologyLayout.RESOURCE_WIDTH > Math.max(right, 4 * TopologyLayout.RESOURCE_WIDTH)) {
                x = TopologyLayout.MARGIN; // no lines to follow: wrap under the services instead of running far right
                y += TopologyLayout.RESOURCE_HEIGHT + TopologyLayout.RESOURCE_GAP;
            }
            next = x + TopologyLayout.RESOURCE_WIDTH + TopologyLayout.RESOURCE_GAP;
            boolean network = w.id().startsWith("network-");
            String name = w.id().substring(w.id().indexOf('-') + 1);
            GraphNode.Kind kind = network ? GraphNode.Kind.NETWORK : GraphNode.Kind.VOLUME;
            boolean ghost = users.get(w.id()).stream().noneMatch(project.services()::containsKey);
            int count = users.get(w.id()).size();
            String detail = (network ? "network" : "volume") + (collapsed ? " · " + count + " service" + (count == 1 ? "" : "s") : "");
            nodes.add(new GraphNode(w.id(), kind, name, List.of(detail), ghost, x, y,
                    TopologyLayout.RESOURCE_WIDTH, TopologyLayout.RESOURCE_HEIGHT));
            for (String user : collapsed ? List.<String>of() : users.get(w.id())) {
                edges.add(new GraphEdge((network ? "net-" : "vol-") + user + "-" + name,
                        network ? GraphEdge.Kind.NETWORK : GraphEdge.Kind.VOLUME,
                        GraphNode.idOf(GraphNode.Kind.SERVICE, user), w.id(), "", false, false, null));
            }
        }
    }
}
