package dev.berth.graph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The graph as text for other tools: Graphviz DOT and Mermaid. Edges carry their condition (or
 * attribute) as label; {@code required: false} edges are dashed; disabled services are greyed.
 * Output is sorted, so the same project always gives the same text.
 */
public final class GraphExport {
    private GraphExport() {}

    public static String dot(ServiceGraph graph) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quoted(graph.projectName())).append(" {\n");
        out.append("  node [shape=box];\n");
        for (String name : graph.serviceNames()) {
            out.append("  ").append(quoted(name));
            if (!graph.isEnabled(name)) {
                out.append(" [style=dashed, fontcolor=gray, color=gray]");
            }
            out.append(";\n");
        }
        for (Edge e : graph.edges()) {
            out.append("  ").append(quoted(e.from())).append(" -> ").append(quoted(e.to()))
                    .append(" [label=").append(quoted(e.label()));
            if (!e.required()) {
                out.append(", style=dashed");
            }
            out.append("];\n");
        }
        return out.append("}\n").toString();
    }

    public static String mermaid(ServiceGraph graph) {
        Map<String, String> ids = mermaidIds(graph);
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (String name : graph.serviceNames()) {
            out.append("  ").append(ids.get(name)).append("[\"").append(mermaidText(name)).append("\"]");
            if (!graph.isEnabled(name)) {
                out.append(":::disabled");
            }
            out.append('\n');
        }
        for (Edge e : graph.edges()) {
            String arrow = e.required() ? " -->" : " -.->";
            out.append("  ").append(ids.get(e.from())).append(arrow)
                    .append("|\"").append(mermaidText(e.label())).append("\"| ")
                    .append(ids.get(e.to())).append('\n');
        }
        out.append("  classDef disabled stroke-dasharray: 5 5,color:#888\n");
        return out.toString();
    }

    /** Mermaid ids allow few characters and reserve words like "end": prefix and clean the names. */
    private static Map<String, String> mermaidIds(ServiceGraph graph) {
        Map<String, String> ids = new TreeMap<>();
        Set<String> used = new HashSet<>();
        for (String name : graph.serviceNames()) {
            String base = "s_" + name.replaceAll("[^A-Za-z0-9_]", "_");
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "_" + n;
            }
            ids.put(name, id);
        }
        return ids;
    }

    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;");
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
