package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.util.List;
import java.util.Map;

/** Consistency rules on how a service is checked, watched and built, as compose-go's consistency check has them. */
final class LifecycleRules {
    private LifecycleRules() {}

    private static final List<String> TEST_FORMS = List.of("CMD", "CMD-SHELL", "NONE");

    static void check(String path, Map<String, Object> s, Report report) {
        List<Object> test = Trees.list(Trees.map(s, "healthcheck"), "test");
        if (test != null && !test.isEmpty() && !TEST_FORMS.contains(String.valueOf(test.getFirst()))) {
            report.add(path + ".healthcheck.test",
                    "healthcheck.test must start either by \"CMD\", \"CMD-SHELL\" or \"NONE\"",
                    "write [\"CMD\", \"prog\", \"arg\"], [\"CMD-SHELL\", \"command line\"] or a plain string");
        }
        List<Object> watch = Trees.list(Trees.map(s, "develop"), "watch");
        for (int i = 0; watch != null && i < watch.size(); i++) {
            Map<String, Object> w = Trees.map(watch.get(i));
            Object action = w == null ? null : w.get("action");
            if (w != null && (w.get("target") == null || "".equals(w.get("target")))
                    && !"rebuild".equals(action) && !"restart".equals(action)) {
                report.add(path + ".develop.watch[" + i + "]", "target is required for non-rebuild actions",
                        "say where in the container '" + action + "' puts the files");
            }
        }
    }

    /** Build secrets name top-level secrets; a {@code service:} additional context names a buildable service. */
    static void build(String path, Map<String, Object> s, Map<String, Object> tree, Report report) {
        Map<String, Object> build = Trees.map(s, "build");
        if (build == null) {
            return;
        }
        Map<String, Object> secrets = Trees.map(tree, "secrets");
        List<Object> used = Trees.list(build, "secrets");
        for (int i = 0; used != null && i < used.size(); i++) {
            Object source = Trees.map(used.get(i)) == null ? used.get(i) : Trees.map(used.get(i)).get("source");
            if (secrets == null || !secrets.containsKey(String.valueOf(source))) {
                report.add(path + ".build.secrets[" + i + "]", "refers to undefined build secret " + source,
                        "declare it under top-level 'secrets'");
            }
        }
        Map<String, Object> contexts = Trees.map(build, "additional_contexts");
        Map<String, Object> services = Trees.map(tree, "services");
        if (contexts == null) {
            return;
        }
        contexts.forEach((name, value) -> {
            if (value instanceof String c && c.startsWith("service:")) {
                String target = c.substring("service:".length());
                Map<String, Object> other = services == null ? null : Trees.map(services.get(target));
                if (other == null || other.get("build") == null) {
                    report.add(path + ".build.additional_contexts." + name, "declares "
                            + (other == null ? "unknown" : "non-buildable") + " service \"" + target
                            + "\" as additional context " + name, "name a service that has a 'build' section");
                }
            }
        });
    }
}
