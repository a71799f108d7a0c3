package dev.berth.graph;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.DependsOn.Condition;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds small Projects by hand for graph tests: only the attributes that make edges. */
final class ProjectFixture {
    private final String name;
    private final Map<String, ServiceSpec> services = new LinkedHashMap<>();

    private ProjectFixture(String name) {
        this.name = name;
    }

    static ProjectFixture project(String name) {
        return new ProjectFixture(name);
    }

    /** Adds (or returns) an enabled service. */
    ServiceSpec service(String serviceName) {
        return services.computeIfAbsent(serviceName, n -> new ServiceSpec(this, n));
    }

    Project build() {
        Map<String, Service> on = new LinkedHashMap<>();
        Map<String, Service> off = new LinkedHashMap<>();
        services.values().forEach(s -> (s.disabled ? off : on).put(s.name, s.toService()));
        return new Project(name, Path.of("/tmp/" + name), List.of(), on, off, Map.of(), Map.of(),
                Map.of(), Map.of(), Set.of(), Map.of());
    }

    ServiceGraph graph() {
        return ServiceGraph.of(build());
    }

    static final class ServiceSpec {
        private final ProjectFixture project;
        private final String name;
        private final Map<String, DependsOn> dependsOn = new LinkedHashMap<>();
        private final List<String> links = new ArrayList<>();
        private final List<String> volumesFrom = new ArrayList<>();
        private final Map<String, Object> tree = new LinkedHashMap<>();
        private String networkMode;
        private boolean disabled;

        private ServiceSpec(ProjectFixture project, String name) {
            this.project = project;
            this.name = name;
        }

        ServiceSpec dependsOn(String other) {
            return dependsOn(other, Condition.SERVICE_STARTED, true, false);
        }

        ServiceSpec dependsOn(String other, Condition condition) {
            return dependsOn(other, condition, true, false);
        }

        ServiceSpec dependsOn(String other, Condition condition, boolean required, boolean restart) {
            dependsOn.put(other, new DependsOn(other, condition, required, restart));
            return this;
        }

        ServiceSpec link(String link) {
            links.add(link);
            return this;
        }

        ServiceSpec volumesFrom(String source) {
            volumesFrom.add(source);
            return this;
        }

        ServiceSpec networkMode(String mode) {
            networkMode = mode;
            return this;
        }

        /** ipc, pid and other untyped attributes live in the config tree. */
        ServiceSpec tree(String key, Object value) {
            tree.put(key, value);
            return this;
        }

        ServiceSpec disabled() {
            disabled = true;
            return this;
        }

        ServiceSpec service(String serviceName) {
            return project.service(serviceName);
        }

        Project build() {
            return project.build();
        }

        ServiceGraph graph() {
            return project.graph();
        }

        private Service toService() {
            return new Service(name, "berth/busybox:latest", null, null, null, Map.of(), List.of(), List.of(),
                    Map.of(), networkMode, dependsOn, null, null, Map.of(), null, List.of(), 1, null, null,
                    null, null, null, List.of(), List.of(), links, volumesFrom, null, tree);
        }
    }
}
