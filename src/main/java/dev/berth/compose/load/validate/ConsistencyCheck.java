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

    /**
     * A secret the project makes must say where its value comes from (an empty value says nothing); checked
     * before unused secrets are dropped, as the reference checks them.
     */
    void secretSources(Map<String, Object> tree) {
        Map<String, Object> secrets = Trees.map(tree.get("secrets"));
        if (secrets == null) {
            return;
        }
        new TreeMap<>(secrets).forEach((name, value) -> {
            Map<String, Object> secret = Trees.map(value);
            Object external = secret == null ? null : secret.get("external");
            if (Boolean.TRUE.equals(external) || external instanceof Map<?, ?>) {
                return;
            }
            if (secret != null && (given(secret.get("file")) || given(secret.get("environment")))) {
                return;
            }
            report.add("secrets." + name, "secret \"" + name + "\" must declare either `file` or `environment`",
                    "give the path of a file with 'file:' or a variable's name with 'environment:'");
        });
    }

    private static boolean given(Object v) {
        return v instanceof String s ? !s.isEmpty() : v != null;
    }
}
