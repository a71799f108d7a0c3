package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** References between the parts of a merged project and rules across attributes, as compose-go checks them. */
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
        References refs = new References(tree, report);
        for (Map.Entry<String, Object> e : new TreeMap<>(services).entrySet()) {
            Map<String, Object> s = Trees.map(e.getValue());
            if (s != null) {
                String path = "services." + e.getKey();
                refs.service(path, s, services);
                ServiceRules.check(path, s, report);
                LifecycleRules.build(path, s, tree, report);
            }
        }
        new Cycles(report).check(services);
    }
}
