package dev.berth.engine;

/**
 * Restart policy and resource limits as the reference computes them ({@code getRestartPolicy},
 * {@code getDeployResources}): the service's own attribute first, then {@code deploy} overrides it when set.
 */
final class Resources {
    private Resources() {}

    static String restartName(Tree t, String restart) {
        String condition = t.string("deploy", "restart_policy", "condition");
        if (t.get("deploy", "restart_policy") != null) {
            return condition(condition == null ? "" : condition);
        }
        return restart == null ? null : condition(restart.replaceAll(":.*", ""));
    }

    static Integer restartRetries(Tree t, String restart) {
        if (t.get("deploy", "restart_policy") != null) {
            Object max = t.get("deploy", "restart_policy", "max_attempts");
            return max == null ? null : Integer.valueOf(String.valueOf(max));
        }
        return restart != null && restart.startsWith("on-failure:") ? Integer.valueOf(restart.substring(11)) : null;
    }

    private static String condition(String c) {
        return switch (c) {
            case "none", "no" -> "no";
            case "any", "always" -> "always";
            default -> c;
        };
    }

    static Long memory(Tree t) {
        Long deploy = Tree.bytes(t.get("deploy", "resources", "limits", "memory"));
        return deploy != null && deploy != 0 ? deploy : Tree.bytes(t.get("mem_limit"));
    }

    static Long memoryReservation(Tree t) {
        Long deploy = Tree.bytes(t.get("deploy", "resources", "reservations", "memory"));
        return deploy != null && deploy != 0 ? deploy : Tree.bytes(t.get("mem_reservation"));
    }

    static Long nanoCpus(Tree t) {
        Long deploy = cpus(t.get("deploy", "resources", "limits", "cpus"));
        return deploy != null && deploy != 0 ? deploy : cpus(t.get("cpus"));
    }

    static Long pids(Tree t) {
        Object deploy = t.get("deploy", "resources", "limits", "pids");
        if (deploy != null && Long.parseLong(String.valueOf(deploy)) > 0) {
            return Long.valueOf(String.valueOf(deploy));
        }
        Object own = t.get("pids_limit");
        return own == null || Long.parseLong(String.valueOf(own)) == 0 ? null : Long.valueOf(String.valueOf(own));
    }

    private static Long cpus(Object v) {
        return v == null ? null : (long) (Double.parseDouble(String.valueOf(v)) * 1e9);
    }
}
