package dev.berth.compose.load.validate;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** References between the parts of a merged project, as compose-go's consistency check. */
final class ConsistencyCheck {
    private final Report report;

    ConsistencyCheck(SourceMap sm, List<Problem> problems) {
        this.report = new Report(sm, problems);
    }

    void project(Map<String, Object> tree) {
        Map<String, Object> services = Trees.map(tree.get("services"));
        if (services == null) {
            return;
        }
        for (Map.Entry<String, Object> e : new TreeMap<>(services).entrySet()) {
            Map<String, Object> s = Trees.map(e.getValue());
            if (s != null) {
                service(e.getKey(), s, tree, services);
            }
        }
        new Cycles(report).check(services);
    }

    private void service(String name, Map<String, Object> s, Map<String, Object> tree, Map<String, Object> services) {
        String path = "services." + name;
        if (s.get("image") == null && s.get("build") == null && s.get("provider") == null) {
            report.add(path, "has neither an image nor a build context specified",
                    "add 'image: <name>' or 'build: <dir>'");
        }
        Map<String, Object> dependsOn = Trees.map(s.get("depends_on"));
        if (dependsOn != null) {
            for (String dep : dependsOn.keySet()) {
                Map<String, Object> entry = Trees.map(dependsOn.get(dep));
                boolean optional = entry != null && Boolean.FALSE.equals(entry.get("required"));
                if (!services.containsKey(dep) && !optional) {
                    report.add(path + ".depends_on." + dep, "depends on undefined service '" + dep + "'",
                            Suggest.hint(dep, services.keySet()));
                }
            }
        }
        references(s, path, "networks", tree);
        if (s.get("network_mode") != null && s.get("networks") != null) {
            report.add(path + ".network_mode", "'network_mode' and 'networks' cannot be combined");
        }
    }

    private void references(Map<String, Object> s, String path, String kind, Map<String, Object> tree) {
        Map<String, Object> used = Trees.map(s.get(kind));
        if (used == null) {
            return;
        }
        Map<String, Object> defined = Trees.map(tree.get(kind));
        for (String key : used.keySet()) {
            if (defined == null || !defined.containsKey(key)) {
                report.add(path + "." + kind + "." + key, "refers to undefined " + kind.substring(0, kind.length() - 1)
                        + " '" + key + "'", defined == null ? null : Suggest.hint(key, defined.keySet()));
            }
        }
    }
}
