package dev.berth.ui;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.PortMapping;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.compose.model.Volume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Hand-made projects for view-model tests, so they run without the loader. */
public final class TestProjects {
    private TestProjects() {}

    public static Service service(String name, String image, List<String> profiles, Map<String, DependsOn> deps,
                                  List<PortMapping> ports, Map<String, String> env, List<String> networks, List<Mount> mounts,
                                  Healthcheck health, int scale) {
        Map<String, ServiceNetwork> nets = new LinkedHashMap<>();
        networks.forEach(n -> nets.put(n, null));
        return new Service(name, image, null, null, null, env, ports, mounts, nets, null, deps, health, null, Map.of(),
                null, profiles, scale, null, null, null, null, null, List.of(), List.of(), List.of(), List.of(), null, Map.of());
    }

    public static Service simple(String name, Map<String, DependsOn> deps) {
        return service(name, "berth/busybox:latest", List.of(), deps, List.of(), Map.of(), List.of(), List.of(), null, 1);
    }

    public static DependsOn healthy(String name) {
        return new DependsOn(name, DependsOn.Condition.SERVICE_HEALTHY, true, false);
    }

    public static DependsOn started(String name, boolean required) {
        return new DependsOn(name, DependsOn.Condition.SERVICE_STARTED, required, false);
    }

    /** The shape of compose-samples/webapp: db ← api ← web, networks front/back, volume dbdata. */
    public static Project webapp() {
        Healthcheck hc = new Healthcheck(List.of("CMD", "true"), null, null, 10, null, null, false);
        Map<String, Service> services = new LinkedHashMap<>();
        services.put("web", service("web", null, List.of(), Map.of("api", healthy("api")),
                List.of(new PortMapping(80, "8080", null, "tcp", "ingress", null)), Map.of(), List.of("front"), List.of(), null, 1));
        services.put("db", service("db", "berth/busybox:latest", List.of(), Map.of(), List.of(),
                Map.of("POSTGRES_USER", "app", "POSTGRES_PASSWORD", "s3cret-pw"), List.of("back"),
                List.of(new Mount("volume", "dbdata", "/var/lib/db", false, false, null)), hc, 1));
        services.put("api", service("api", null, List.of(), Map.of("db", healthy("db")), List.of(),
                Map.of("DB_HOST", "db"), List.of("back", "front"), List.of(), hc, 1));
        Map<String, Network> networks = Map.of("front", new Network("front", "webapp_front", null, false, false, false, Map.of()),
                "back", new Network("back", "webapp_back", null, false, false, false, Map.of()));
        Map<String, Volume> volumes = Map.of("dbdata", new Volume("dbdata", "webapp_dbdata", null, false, Map.of()));
        return new Project("webapp", Path.of("/tmp/webapp"), List.of(Path.of("/tmp/webapp/compose.yaml")), services, Map.of(),
                networks, volumes, Map.of(), Map.of(), Set.of(), Map.of());
    }

    /** The shape of compose-samples/profiles with the given profiles active. */
    public static Project profiles(Set<String> active) {
        Map<String, Service> all = new LinkedHashMap<>();
        all.put("app", simple("app", Map.of()));
        all.put("debugger", service("debugger", "berth/busybox:latest", List.of("debug"), Map.of("app", started("app", true)),
                List.of(), Map.of(), List.of(), List.of(), null, 1));
        all.put("metrics", service("metrics", "berth/busybox:latest", List.of("monitoring"), Map.of("app", started("app", true)),
                List.of(), Map.of(), List.of(), List.of(), null, 1));
        all.put("dashboard", service("dashboard", "berth/busybox:latest", List.of("monitoring"),
                Map.of("metrics", started("metrics", true), "debugger", started("debugger", false)),
                List.of(), Map.of(), List.of(), List.of(), null, 1));
        Map<String, Service> on = new LinkedHashMap<>();
        Map<String, Service> off = new LinkedHashMap<>();
        all.forEach((k, s) -> (s.profiles().isEmpty() || s.profiles().stream().anyMatch(active::contains) ? on : off).put(k, s));
        return new Project("profiles", Path.of("/tmp/profiles"), List.of(Path.of("/tmp/profiles/compose.yaml")), on, off,
                Map.of(), Map.of(), Map.of(), Map.of(), active, Map.of());
    }
}
