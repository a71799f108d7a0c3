package dev.berth.engine;

import dev.berth.compose.model.Service;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One {@code develop.watch} entry of a service: its host path (absolute once loaded), action, container target,
 * {@code ignore}/{@code include} patterns (dockerignore-like, relative to the path) and {@code exec} command.
 */
record WatchRule(String serviceName, Path path, String action, String target, List<String> ignore,
                 List<String> include, boolean initialSync, List<String> exec) {
    /** Editors' temporary files, never synced (as the reference's ephemeral path matcher). */
    private static final List<String> EPHEMERAL = List.of("*.swp", "*.swx", "*~", ".#*", "#*#", "4913");

    static List<WatchRule> of(Service service) {
        List<WatchRule> rules = new ArrayList<>();
        if (!(service.tree().get("develop") instanceof Map<?, ?> develop)
                || !(develop.get("watch") instanceof List<?> watch)) {
            return rules;
        }
        for (Object o : watch) {
            if (o instanceof Map<?, ?> w && w.get("path") != null) {
                List<String> exec = w.get("exec") instanceof Map<?, ?> e && e.get("command") instanceof List<?> c
                        ? c.stream().map(String::valueOf).toList() : List.of();
                rules.add(new WatchRule(service.name(), Path.of(String.valueOf(w.get("path"))),
                        String.valueOf(w.get("action")), w.get("target") == null ? null : String.valueOf(w.get("target")),
                        strings(w.get("ignore")), strings(w.get("include")),
                        Boolean.TRUE.equals(w.get("initial_sync")), exec));
            }
        }
        return rules;
    }

    /** The reference's refusals: no rules at all, rebuild without a build section, sync+exec without a command. */
    static void check(dev.berth.compose.model.Project project, List<WatchRule> rules) {
        if (rules.isEmpty()) {
            throw new EngineException(EngineException.Reason.INVALID, "none of the selected services is configured "
                    + "for watch, consider setting a 'develop' section");
        }
        for (WatchRule r : rules) {
            if (r.action().equals("rebuild") && project.service(r.serviceName()).build() == null) {
                throw new EngineException(EngineException.Reason.INVALID, "service " + r.serviceName()
                        + " doesn't have a build section, can't apply rebuild on watch");
            }
            if (r.action().equals("sync+exec") && r.exec().isEmpty()) {
                throw new EngineException(EngineException.Reason.INVALID, "can't watch with action \"sync+exec\" on "
                        + "service " + r.serviceName() + " without a command");
            }
        }
    }

    private static List<String> strings(Object o) {
        return o instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    boolean syncs() {
        return action.startsWith("sync");
    }

    /** Whether a changed host file concerns this rule: under its path, included, not ignored. */
    boolean matches(Path file) {
        if (!file.startsWith(path)) {
            return false;
        }
        Path relative = path.relativize(file);
        if (!include.isEmpty() && include.stream().noneMatch(p -> matches(p, relative))) {
            return false;
        }
        return ignore.stream().noneMatch(p -> matches(p, relative))
                && EPHEMERAL.stream().noneMatch(p -> matches(p, relative.getFileName() == null ? relative
                : relative.getFileName()));
    }

    /** Where a host file goes in the container ({@code target} + its path below the rule's path). */
    String containerPath(Path file) {
        String rel = path.relativize(file).toString();
        return rel.isEmpty() ? target : target.replaceAll("/+$", "") + "/" + rel;
    }

    /** A pattern matches the path or any of its parents, as in a .dockerignore ({@code node_modules}, {@code *.tmp}). */
    private static boolean matches(String pattern, Path relative) {
        String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p.replaceAll("/+$", ""));
        for (Path candidate = relative; candidate != null && !candidate.toString().isEmpty();
             candidate = candidate.getParent()) {
            if (m.matches(candidate)) {
                return true;
            }
        }
        return false;
    }
}
