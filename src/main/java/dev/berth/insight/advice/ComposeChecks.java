package dev.berth.insight.advice;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The compose file checks about how a service runs: image tags, healthchecks, restarts, memory, log rotation. */
final class ComposeChecks {
    private ComposeChecks() {}

    static void check(Project project, Service s, Sources src, Consumer<Finding> out) {
        String at = "services." + s.name();
        if (s.build() == null && s.image() != null && floating(s.image())) {
            out.accept(new Finding(src.at(at + ".image"), "image-tag", "image " + s.image() + " has "
                    + (s.image().contains(":") ? "the latest tag" : "no tag"), "latest moves at every release, so"
                    + " two machines (or two pulls) can run different code from the same file; pin a version.", null));
        }
        for (Service waiter : project.services().values()) {
            DependsOn d = waiter.dependsOn().get(s.name());
            if (d != null && d.condition() == DependsOn.Condition.SERVICE_HEALTHY && !hasHealthcheck(s)) {
                out.accept(new Finding(src.at("services." + waiter.name() + ".depends_on." + s.name()),
                        "healthcheck-missing", waiter.name() + " waits for " + s.name() + " to be healthy, but "
                        + s.name() + " has no healthcheck in the file", "without a healthcheck (in the file or its image) a"
                        + " container never becomes healthy, so " + waiter.name() + " never starts.", null));
            }
        }
        if (s.restart() == null && deploy(s, "restart_policy") == null && !oneShot(project, s)) {
            out.accept(new Finding(src.at(at), "restart-missing", s.name() + " has no restart policy",
                    "a crash or a reboot of the host leaves it down until someone runs up again.",
                    src.fix(src.at(at), "add restart: unless-stopped",
                            t -> TextEdits.insertInBlock(t, src.at(at), List.of("restart: unless-stopped")))));
        }
        if (s.tree().get("mem_limit") == null && limit(s, "memory") == null && !oneShot(project, s)) {
            out.accept(new Finding(src.at(at), "memory-limit", s.name() + " has no memory limit",
                    "one leaking service can take all of the host's memory and get its neighbours killed.", null));
        }
        logging(s, src, out);
    }

    private static void logging(Service s, Sources src, Consumer<Finding> out) {
        String at = "services." + s.name();
        Map<?, ?> logging = s.tree().get("logging") instanceof Map<?, ?> m ? m : null;
        Object driver = logging == null ? null : logging.get("driver");
        boolean rotating = driver != null && !"json-file".equals(driver) && !"local".equals(driver);
        Map<?, ?> options = logging != null && logging.get("options") instanceof Map<?, ?> o ? o : Map.of();
        if (rotating || options.containsKey("max-size")) {
            return;
        }
        out.accept(new Finding(src.at(logging == null ? at : at + ".logging"), "log-rotation",
                s.name() + " logs without max-size", "the json-file driver keeps every line until the disk is full"
                + " unless max-size is set (here or in the daemon's log-opts).", logging != null ? null
                : src.fix(src.at(at), "rotate logs at 10m, keep 3 files", t -> TextEdits.insertInBlock(t,
                src.at(at), List.of("logging:", "  driver: json-file", "  options: {max-size: 10m, max-file: \"3\"}")))));
    }

    /** An image without a tag or with latest, and without a digest. */
    static boolean floating(String image) {
        if (image.contains("@")) {
            return false;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon <= slash || image.substring(colon + 1).equals("latest");
    }

    static boolean hasHealthcheck(Service s) {
        return s.healthcheck() != null && !s.healthcheck().disable() && !s.healthcheck().test().isEmpty()
                && !"NONE".equals(s.healthcheck().test().getFirst());
    }

    /** A service others wait for to complete: it is meant to exit, so restarts and limits matter less. */
    static boolean oneShot(Project project, Service s) {
        return project.services().values().stream().map(w -> w.dependsOn().get(s.name()))
                .anyMatch(d -> d != null && d.condition() == DependsOn.Condition.SERVICE_COMPLETED_SUCCESSFULLY);
    }

    static Object deploy(Service s, String key) {
        return s.tree().get("deploy") instanceof Map<?, ?> d ? d.get(key) : null;
    }

    private static Object limit(Service s, String key) {
        return deploy(s, "resources") instanceof Map<?, ?> r && r.get("limits") instanceof Map<?, ?> l
                ? l.get(key) : null;
    }
}
