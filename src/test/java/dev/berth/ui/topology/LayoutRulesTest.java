package dev.berth.ui.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.ui.TestProjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a drawing must never do, checked on the samples, hand-written files shaped like common
 * compose projects and generated large ones: boxes overlap no box, no line runs through a box, no
 * label is under a box (labels measured at the largest size they are drawn, presentation's 18 px
 * bold), and everything lies inside the drawing's size.
 */
class LayoutRulesTest {
    /** A generous width per character of bold 18 px text (DejaVu Sans Bold averages about 0.62 em). */
    static final double CHAR = 18 * 0.7;
    static final double LINE = 18 * 1.3;

    static Stream<Project> projects() throws Exception {
        List<Project> out = new ArrayList<>();
        for (String f : List.of("unrelated", "chain", "skipping", "fan")) {
            out.add(load(Path.of("src/test/resources/ui/layout", f + ".yaml")));
        }
        out.add(load(Path.of("compose-samples/webapp/compose.yaml")));
        out.add(load(Path.of("compose-samples/profiles/compose.yaml")));
        out.add(TestProjects.profiles(Set.of()));
        out.add(generated(60, 7));
        out.add(generated(200, 10));
        out.add(dev.berth.ui.LargeProjects.rich(200, Set.of()));
        return out.stream();
    }

    static Project load(Path file) throws Exception {
        return new ProjectLoader(java.io.InputStream.nullInputStream())
                .load(LoadOptions.ofFiles(List.of(file.toAbsolutePath()), Map.of())).project();
    }

    /** n services; each one after the first {@code roots} depends on one or two earlier ones, some far back. */
    static Project generated(int n, int roots) {
        Map<String, Service> many = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, dev.berth.compose.model.DependsOn> deps = new LinkedHashMap<>();
            if (i >= roots) {
                deps.put("s" + (i % roots), TestProjects.healthy("s" + (i % roots)));
                if (i % 3 == 0) {
                    deps.put("s" + (i / 2), TestProjects.started("s" + (i / 2), true));
                }
            }
            many.put("s" + i, TestProjects.simple("s" + i, deps));
        }
        return new Project("gen" + n, Path.of("/tmp"), List.of(), many, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Set.of(), Map.of());
    }

    @ParameterizedTest
    @MethodSource("projects")
    void noBoxOverlapsABoxALineOrALabel(Project p) {
        Topology t = new TopologyLayout().layout(p);
        List<String> problems = new ArrayList<>();
        List<GraphNode> nodes = t.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                if (overlaps(nodes.get(i), nodes.get(j))) {
                    problems.add(nodes.get(i).id() + " overlaps " + nodes.get(j).id());
                }
            }
        }
        Routing routing = new Routing(nodes, t.edges());
        for (GraphEdge e : t.edges()) {
            EdgeRoute r = routing.route(e);
            for (GraphNode n : nodes) {
                boolean own = n.id().equals(e.fromId()) || n.id().equals(e.toId());
                if (crosses(r, n, own ? 2 : 0)) {
                    problems.add(e.id() + " runs through " + n.id());
                }
                if (!e.label().isEmpty() && labelOver(r, e.label() + " ✔", n)) {
                    problems.add("label of " + e.id() + " is under " + n.id());
                }
            }
            for (EdgeRoute.Piece piece : r.pieces()) {
                assertThat(Math.max(piece.x1(), piece.x2())).as(e.id()).isLessThanOrEqualTo(t.width());
            }
        }
        assertThat(problems).as(p.name()).isEmpty();
        for (GraphNode n : nodes) {
            assertThat(n.x() + n.width()).isLessThanOrEqualTo(t.width());
            assertThat(n.y() + n.height()).isLessThanOrEqualTo(t.height());
        }
    }

    static boolean overlaps(GraphNode a, GraphNode b) {
        return a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height() && b.y() < a.y() + a.height();
    }

    /** Samples the route every pixel or so; {@code inset} shrinks the box (a line starts on its own box's side). */
    static boolean crosses(EdgeRoute r, GraphNode n, double inset) {
        for (EdgeRoute.Piece p : r.pieces()) {
            double length = Math.hypot(p.x2() - p.x1(), p.y2() - p.y1()) + Math.hypot(p.c1x() - p.x1(), p.c1y() - p.y1());
            int steps = (int) Math.max(20, length);
            for (int i = 0; i <= steps; i++) {
                double t = (double) i / steps;
                if (inside(p.xAt(t), p.yAt(t), n, inset)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean inside(double x, double y, GraphNode n, double inset) {
        return x > n.x() + inset && x < n.x() + n.width() - inset && y > n.y() + inset && y < n.y() + n.height() - inset;
    }

    static boolean labelOver(EdgeRoute r, String text, GraphNode n) {
        double w = text.length() * CHAR;
        double left = r.labelX() - w / 2;
        double top = r.labelY() - LINE;
        return left < n.x() + n.width() && n.x() < left + w && top < n.y() + n.height() && n.y() < r.labelY() + 0.3 * 18;
    }
}
