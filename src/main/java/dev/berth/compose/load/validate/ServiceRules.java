package dev.berth.compose.load.validate;

import dev.berth.compose.load.canonical.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Rules across one service's attributes, as compose-go's consistency check has them. */
final class ServiceRules {
    private ServiceRules() {}

    static void check(String path, Map<String, Object> s, Report report) {
        if (s.get("image") == null && s.get("build") == null && s.get("provider") == null) {
            report.add(path, "has neither an image nor a build context specified",
                    "add 'image: <name>' or 'build: <dir>'");
        }
        if (s.get("network_mode") != null && s.get("networks") != null) {
            report.add(path + ".network_mode", "'network_mode' and 'networks' cannot be combined",
                    "remove one of them");
        }
        Map<String, Object> deploy = Trees.map(s.get("deploy"));
        Object replicas = deploy == null ? null : deploy.get("replicas");
        if (s.get("scale") != null && replicas != null && !Objects.equals(s.get("scale"), replicas)) {
            report.add(path + ".scale", "'scale' (" + s.get("scale") + ") and 'deploy.replicas' (" + replicas
                    + ") differ", "keep only 'deploy.replicas'");
        }
        Object scale = s.get("scale") != null ? s.get("scale") : replicas;
        if (s.get("container_name") != null && scale instanceof Long n && n > 1) {
            report.add(path + ".container_name", "'container_name' is set, so the service cannot be scaled to " + n,
                    "remove container_name or the scale");
        }
        for (String[] counted : new String[][] {{"scale", String.valueOf(s.get("scale"))},
                {"deploy.replicas", String.valueOf(replicas)}}) {
            if (counted[1].startsWith("-")) {
                report.add(path + "." + counted[0], "must be greater than or equal to 0, not " + counted[1]);
            }
        }
        limits(path, s, deploy, report);
        mounts(path, s, report);
        platforms(path, s, report);
        LifecycleRules.check(path, s, report);
    }

    private static void limits(String path, Map<String, Object> s, Map<String, Object> deploy, Report report) {
        Map<String, Object> resources = deploy == null ? null : Trees.map(deploy.get("resources"));
        Map<String, Object> limits = resources == null ? null : Trees.map(resources.get("limits"));
        Map<String, Object> reservations = resources == null ? null : Trees.map(resources.get("reservations"));
        String[][] pairs = {{"cpus", "limits", "cpus"}, {"mem_limit", "limits", "memory"},
            {"pids_limit", "limits", "pids"}, {"mem_reservation", "reservations", "memory"}};
        for (String[] pair : pairs) {
            Map<String, Object> section = pair[1].equals("limits") ? limits : reservations;
            Object own = s.get(pair[0]);
            if (section != null && own != null && !same(own, section.get(pair[2]))) {
                report.add(path + "." + pair[0], "can't set distinct values on '" + pair[0]
                        + "' and 'deploy.resources." + pair[1] + "." + pair[2] + "'", "keep only one of them");
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.doubleValue() == y.doubleValue();
        }
        return b != null && String.valueOf(a).equals(String.valueOf(b));
    }

    private static void mounts(String path, Map<String, Object> s, Report report) {
        List<Object> volumes = Trees.list(s.get("volumes"));
        if (volumes == null) {
            return;
        }
        Set<String> targets = new HashSet<>();
        for (int i = 0; i < volumes.size(); i++) {
            Map<String, Object> v = Trees.map(volumes.get(i));
            if (v == null) {
                continue;
            }
            if ("bind".equals(v.get("type")) && (v.get("source") == null || "".equals(v.get("source")))) {
                report.add(path + ".volumes[" + i + "]", "a bind mount needs a source", null);
            }
            if (v.get("target") instanceof String target && !targets.add(target)) {
                report.add(path + ".volumes[" + i + "]", "duplicate mount target '" + target + "'",
                        "each target can be mounted once");
            }
        }
    }

    private static void platforms(String path, Map<String, Object> s, Report report) {
        Map<String, Object> build = Trees.map(s.get("build"));
        List<Object> platforms = build == null ? null : Trees.list(build.get("platforms"));
        if (platforms != null && !platforms.isEmpty() && s.get("platform") instanceof String p && !platforms.contains(p)) {
            report.add(path + ".platform", "build.platforms must include the service platform '" + p + "'", null);
        }
        if (build != null && build.get("dockerfile") != null && build.get("dockerfile_inline") != null) {
            report.add(path + ".build.dockerfile_inline", "'dockerfile' and 'dockerfile_inline' are mutually exclusive",
                    "keep only one of them");
        }
    }
}
