package dev.berth.compose.load.validate;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Attributes whose values the specification restricts to a few words or a pattern. */
final class Enums {
    private Enums() {}

    private static final Map<String, List<String>> WORDS = Map.of(
            "volume.type", List.of("bind", "volume", "tmpfs", "npipe", "cluster", "image"),
            "dependency.condition", List.of("service_started", "service_healthy", "service_completed_successfully"),
            "port.mode", List.of("host", "ingress"),
            "watch.action", List.of("rebuild", "sync", "restart", "sync+restart", "sync+exec"));
    private static final Pattern PULL_POLICY =
            Pattern.compile("always|never|build|if_not_present|missing|refresh|daily|weekly|every_[0-9]+[smhdw]+.*");

    static void check(String structName, String key, Object value, String path, Report report) {
        if (!(value instanceof String s) || s.contains("$")) {
            return;
        }
        List<String> words = WORDS.get(structName + "." + key);
        if (words != null && !words.contains(s)) {
            report.add(path, "must be one of " + String.join(", ", words) + ", not '" + s + "'",
                    Suggest.hint(s, words));
        }
        if (structName.equals("service") && key.equals("pull_policy") && !PULL_POLICY.matcher(s).matches()) {
            report.add(path, "'" + s + "' is not a pull policy",
                    "use always, never, missing, build, daily, weekly or every_<duration>");
        }
    }

    static void nonNegative(String structName, String key, Object value, String path, Report report) {
        if (structName.equals("service") && key.equals("scale") && value instanceof Long n && n < 0) {
            report.add(path, "must be greater than or equal to 0");
        }
    }
}
