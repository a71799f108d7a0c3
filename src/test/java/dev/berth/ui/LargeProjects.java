package dev.berth.ui;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Mount;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Volume;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Large hand-made projects shaped like the benchmark generator's "rich" stack: chains of ten
 * (s0001 depends on s0000 …), every service on one of front/back and one of net0..net4 with one
 * of 20 volumes, a healthcheck each, and the tail of every chain in the profile "debug" (which alone
 * uses data09 and data19).
 */
public final class LargeProjects {
    private LargeProjects() {}

    public static String name(int i) {
        return String.format("s%04d", i);
    }

    public static Project rich(int n, Set<String> profiles) {
        Healthcheck hc = new Healthcheck(List.of("CMD", "true"), null, null, 3, null, null, false);
        Map<String, Service> on = new LinkedHashMap<>();
        Map<String, Service> off = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, DependsOn> deps = i % 10 == 0 ? Map.of() : Map.of(name(i - 1), TestProjects.healthy(name(i - 1)));
            List<String> prof = i % 10 == 9 ? List.of("debug") : List.of();
            Service s = TestProjects.service(name(i), "busybox:local", prof, deps, List.of(), Map.of(),
                    List.of(i % 2 == 0 ? "front" : "back", "net" + (i % 5)),
                    List.of(new Mount("volume", String.format("data%02d", i % 20), "/data", false, false, null)), hc, 1);
            (prof.isEmpty() || profiles.contains("debug") ? on : off).put(s.name(), s);
        }
        Map<String, Network> networks = new LinkedHashMap<>();
        for (String net : List.of("front", "back", "net0", "net1", "net2", "net3", "net4")) {
            networks.put(net, new Network(net, "rich_" + net, null, false, false, false, Map.of()));
        }
        Map<String, Volume> volumes = new LinkedHashMap<>();
        for (int v = 0; v < 20; v++) {
            String vol = String.format("data%02d", v);
            // as the loader does: a volume no active service uses is left out (data09, data19 without "debug")
            if (on.values().stream().anyMatch(s -> s.volumes().getFirst().source().equals(vol))) {
                volumes.put(vol, new Volume(vol, "rich_" + vol, null, false, Map.of()));
            }
        }
        return new Project("rich", Path.of("/tmp/rich"), List.of(Path.of("/tmp/rich/compose.yaml")), on, off,
                networks, volumes, Map.of(), Map.of(), profiles, Map.of());
    }
}
