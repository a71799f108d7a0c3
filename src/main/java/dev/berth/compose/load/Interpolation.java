package dev.berth.compose.load;

import dev.berth.compose.load.env.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Interpolates every string value of one file's tree (keys are left alone), then casts values that
 * changed at the paths where the reference expects a number or a boolean.
 */
final class Interpolation {
    /** The reference's typed paths (compose-go's interpolateTypeCastMapping): every string there is cast. */
    private static final List<String[]> INTS = compiled("services.*.deploy.replicas",
            "services.*.deploy.update_config.parallelism", "services.*.deploy.rollback_config.parallelism",
            "services.*.deploy.restart_policy.max_attempts", "services.*.deploy.placement.max_replicas_per_node",
            "services.*.healthcheck.retries", "services.*.ports.[].target", "services.*.scale",
            "services.*.ulimits.*", "services.*.ulimits.*.hard", "services.*.ulimits.*.soft");
    private static final List<String[]> INT64S = compiled("services.*.cpu_count", "services.*.cpu_period",
            "services.*.cpu_quota", "services.*.cpu_rt_period", "services.*.cpu_rt_runtime", "services.*.cpu_shares",
            "services.*.oom_score_adj", "services.*.pids_limit");
    private static final List<String[]> FLOATS = compiled("services.*.cpu_percent", "services.*.cpus",
            "services.*.deploy.update_config.max_failure_ratio", "services.*.deploy.rollback_config.max_failure_ratio");
    private static final List<String[]> BOOLEANS = compiled("services.*.init", "services.*.healthcheck.disable",
            "services.*.oom_kill_disable", "services.*.privileged", "services.*.read_only", "services.*.stdin_open",
            "services.*.tty", "services.*.volumes.[].read_only", "services.*.volumes.[].volume.nocopy",
            "networks.*.external", "networks.*.internal", "networks.*.attachable", "networks.*.enable_ipv4",
            "networks.*.enable_ipv6",
            "volumes.*.external", "secrets.*.external", "configs.*.external");
    /** File modes: a number once a variable gave them one, else left as written. */
    private static final List<String[]> MODES = compiled("services.*.configs.[].mode", "services.*.secrets.[].mode");
    private static final java.util.regex.Pattern GO_INT = java.util.regex.Pattern.compile("[+-]?\\d+");
    private static final java.util.regex.Pattern GO_FLOAT = java.util.regex.Pattern.compile(
            "(?i)[+-]?(\\d+\\.?\\d*(e[+-]?\\d+)?|\\.\\d+(e[+-]?\\d+)?|inf|infinity|nan)");

    private static List<String[]> compiled(String... patterns) {
        return java.util.Arrays.stream(patterns).map(TreePath::compile).toList();
    }

    private final Template template;
    private final SourceMap sourceMap;
    private final List<Problem> problems;
    private final List<String> path = new ArrayList<>();

    Interpolation(Function<String, String> lookup, Set<String> unsetVariables, SourceMap sourceMap,
                  List<Problem> problems) {
        this.template = new Template(lookup, unsetVariables::add);
        this.sourceMap = sourceMap;
        this.problems = problems;
    }

    void apply(Map<String, Object> tree) {
        mapping(tree);
    }

    private void mapping(Map<String, Object> m) {
        for (Map.Entry<String, Object> e : m.entrySet()) {
            path.add(e.getKey());
            e.setValue(value(e.getValue()));
            path.removeLast();
        }
    }

    @SuppressWarnings("unchecked")
    private Object value(Object v) {
        switch (v) {
            case Map<?, ?> m -> mapping((Map<String, Object>) m);
            case List<?> l -> {
                List<Object> list = (List<Object>) l;
                for (int i = 0; i < list.size(); i++) {
                    path.add("[" + i + "]");
                    list.set(i, value(list.get(i)));
                    path.removeLast();
                }
            }
            case String s -> {
                return string(s);
            }
            case null, default -> { }
        }
        return v;
    }

    private Object string(String s) {
        String out;
        try {
            out = template.substitute(s);
        } catch (Template.TemplateException e) {
            String where = TreePath.dotted(path);
            String message = e.required() ? "error while interpolating " + where + ": " + e.getMessage()
                    : "invalid interpolation format for " + where + ". You may need to escape any $ with another $: " + s;
            problems.add(new Problem(sourceMap.find(where), "", message, null));
            return s;
        }
        if (matchesAny(MODES)) {
            return out.equals(s) ? s : mode(out);
        }
        return cast(out);
    }

    private Object mode(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return value; // the schema check names the wrong type
        }
    }

    /** As the reference casts a string at a typed path; a value that does not parse is an error there. */
    private Object cast(String value) {
        if (matchesAny(INTS) || matchesAny(INT64S)) {
            String parser = matchesAny(INTS) ? "strconv.Atoi" : "strconv.ParseInt";
            if (!GO_INT.matcher(value).matches()) {
                return castFailed(value, parser + ": parsing " + goQuote(value) + ": invalid syntax");
            }
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                return castFailed(value, parser + ": parsing " + goQuote(value) + ": value out of range");
            }
        }
        if (matchesAny(FLOATS)) {
            if (!GO_FLOAT.matcher(value).matches()) {
                return castFailed(value, "strconv.ParseFloat: parsing " + goQuote(value) + ": invalid syntax");
            }
            String v = value.toLowerCase(Locale.ROOT).replace("infinity", "inf");
            return v.endsWith("inf") ? Double.valueOf(v.startsWith("-") ? "-Infinity" : "Infinity")
                    : v.endsWith("nan") ? Double.NaN : Double.parseDouble(value);
        }
        if (matchesAny(BOOLEANS)) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "y", "yes", "on" -> Boolean.TRUE;
                case "false", "n", "no", "off" -> Boolean.FALSE;
                default -> castFailed(value, "invalid boolean: " + value);
            };
        }
        return value;
    }

    private Object castFailed(String value, String why) {
        String where = TreePath.dotted(path);
        problems.add(new Problem(sourceMap.find(where), "", "error while interpolating " + listsAsGo(path)
                + ": failed to cast to expected type: " + why, null));
        return value;
    }

    /** A path as compose-go prints it: a list item is {@code []}, whatever its index. */
    private static String listsAsGo(List<String> path) {
        return String.join(".", path.stream().map(seg -> seg.startsWith("[") ? "[]" : seg).toList());
    }

    private static String goQuote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private boolean matchesAny(List<String[]> patterns) {
        for (String[] p : patterns) {
            if (TreePath.matches(path, p)) {
                return true;
            }
        }
        return false;
    }
}
