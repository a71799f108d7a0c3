package dev.berth.ui.topology;

import java.util.Locale;
import java.util.Map;

/**
 * Writes the drawing as SVG from the layout itself (not from pixels), so it stays sharp in slides:
 * boxes with name, details and status, curves with their condition labels, in light-theme colours.
 */
public final class SvgExport {
    private SvgExport() {}

    public static String render(Topology t, Map<String, ServiceStatus> statuses, Map<String, Gate> gates) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\">%n", t.width(), t.height(), t.width(), t.height()));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"#f7f8fa\"/>\n");
        Routing routing = new Routing(t.nodes(), t.edges());
        for (GraphEdge e : t.edges()) {
            EdgeRoute route = routing.route(e);
            if (route != null) {
                edge(b, e, route, gates.getOrDefault(e.id(), Gate.NONE));
            }
        }
        for (GraphNode n : t.nodes()) {
            node(b, n, statuses.get(n.id()));
        }
        return b.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder b, GraphEdge e, EdgeRoute route, Gate gate) {
        String colour = e.broken() || gate == Gate.FAILED ? "#c62828" : gate == Gate.SATISFIED ? "#2e7d32"
                : e.kind() == GraphEdge.Kind.DEPENDS_ON ? "#455a64" : "#b0bec5";
        String dash = e.dashed() ? " stroke-dasharray=\"8 6\"" : "";
        b.append(f("<path id=\"%s\" d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\"%s/>%n", esc(e.id()),
                route.svgPath(), colour, dash));
        if (!e.label().isEmpty()) {
            b.append(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"14\" fill=\"%s\" text-anchor=\"middle\">%s</text>%n",
                    route.labelX(), route.labelY(), colour, esc(e.label())));
        }
    }

    private static void node(StringBuilder b, GraphNode n, ServiceStatus status) {
        String fill = n.ghost() ? "#eceff1" : n.kind() == GraphNode.Kind.SERVICE ? fillOf(status) : "#e3f2fd";
        String stroke = n.ghost() ? "#b0bec5" : "#37474f";
        String dash = n.ghost() ? " stroke-dasharray=\"6 4\"" : "";
        b.append(f("<g id=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"%s/>%n",
                esc(n.id()), n.x(), n.y(), n.width(), n.height(), fill, stroke, dash));
        String text = n.ghost() ? "#90a4ae" : "#1b2631";
        b.append(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"18\" font-weight=\"bold\" fill=\"%s\">%s</text>%n",
                n.x() + 12, n.y() + 26, text, esc(n.name())));
        double y = n.y() + 46;
        for (String d : n.details()) {
            b.append(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" fill=\"%s\">%s</text>%n", n.x() + 12, y, text, esc(d)));
            y += 17;
        }
        if (status != null && n.kind() == GraphNode.Kind.SERVICE && !n.ghost()) {
            b.append(f("<text x=\"%.1f\" y=\"%.1f\" font-size=\"13\" font-weight=\"bold\" fill=\"%s\">%s</text>%n",
                    n.x() + 12, n.y() + n.height() - 10, text, esc(status.text())));
        }
        b.append("</g>\n");
    }

    static String fillOf(ServiceStatus s) {
        if (s == null) {
            return "#ffffff";
        }
        return switch (s.state()) {
            case HEALTHY -> "#c8e6c9";
            case RUNNING -> "#dcedc8";
            case STARTING, CREATED, RESTARTING -> "#fff3c4";
            case UNHEALTHY -> "#ffcdd2";
            case EXITED -> s.exitCode() != null && s.exitCode() == 0 ? "#e0e0e0" : "#ffcdd2";
            default -> "#ffffff";
        };
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
