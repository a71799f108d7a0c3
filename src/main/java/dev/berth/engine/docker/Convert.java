package dev.berth.engine.docker;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.ContainerPort;
import dev.berth.engine.ContainerState;
import dev.berth.engine.Labels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-java models → Berth's {@link ContainerState}. */
final class Convert {
    // The list API (1.41) has no health or exit-code fields: they are only in its Status text.
    private static final Pattern HEALTH = Pattern.compile("\\((healthy|unhealthy|health: starting)\\)");
    private static final Pattern EXITED = Pattern.compile("^Exited \\((-?\\d+)\\)");

    private Convert() {}

    static ContainerState container(Container c) {
        Map<String, String> labels = c.getLabels() == null ? Map.of() : c.getLabels();
        String status = c.getStatus() == null ? "" : c.getStatus();
        Matcher h = HEALTH.matcher(status);
        String health = h.find() ? (h.group(1).startsWith("health:") ? "starting" : h.group(1)) : null;
        Matcher e = EXITED.matcher(status);
        Integer exit = e.find() ? Integer.valueOf(e.group(1)) : null;
        List<ContainerState.PublishedPort> ports = new ArrayList<>();
        if (c.getPorts() != null) {
            for (ContainerPort p : c.getPorts()) {
                ports.add(new ContainerState.PublishedPort(p.getIp(), p.getPublicPort() == null ? 0 : p.getPublicPort(),
                        p.getPrivatePort() == null ? 0 : p.getPrivatePort(), p.getType()));
            }
        }
        List<String> networks = c.getNetworkSettings() == null || c.getNetworkSettings().getNetworks() == null
                ? List.of() : c.getNetworkSettings().getNetworks().keySet().stream().sorted().toList();
        String name = c.getNames() == null || c.getNames().length == 0 ? c.getId() : c.getNames()[0].substring(1);
        List<ContainerState.Mount> mounts = c.getMounts() == null ? List.of() : c.getMounts().stream()
                .map(m -> new ContainerState.Mount(m.getName(), m.getSource(), m.getDriver())).toList();
        return new ContainerState(c.getId(), name, labels.getOrDefault(Labels.SERVICE, ""), number(labels),
                "True".equalsIgnoreCase(labels.get(Labels.ONE_OFF)), c.getImage(), c.getState(), health, exit, status,
                c.getCommand(), c.getCreated() == null ? 0 : c.getCreated(), ports, networks, labels, mounts);
    }

    /** Whether the container runs a healthcheck: a test that is not NONE (the image's or the service's). */
    private static boolean hasHealthcheck(InspectContainerResponse r) {
        var check = r.getConfig() == null ? null : r.getConfig().getHealthcheck();
        return check != null && check.getTest() != null && !check.getTest().isEmpty()
                && !"NONE".equals(check.getTest().getFirst());
    }

    static ContainerState inspected(InspectContainerResponse r) {
        Map<String, String> labels = r.getConfig() == null || r.getConfig().getLabels() == null ? Map.of()
                : r.getConfig().getLabels();
        var s = r.getState();
        String health = s.getHealth() == null ? null : s.getHealth().getStatus();
        if (health == null && "running".equals(s.getStatus()) && hasHealthcheck(r)) {
            health = "starting"; // the engine sets Health a moment after start returns; the check is configured
        }
        Integer exit = "exited".equals(s.getStatus()) && s.getExitCodeLong() != null ? s.getExitCodeLong().intValue() : null;
        List<String> networks = r.getNetworkSettings() == null || r.getNetworkSettings().getNetworks() == null
                ? List.of() : r.getNetworkSettings().getNetworks().keySet().stream().sorted().toList();
        long created = r.getCreated() == null ? 0 : Instant.parse(r.getCreated()).getEpochSecond();
        return new ContainerState(r.getId(), r.getName().substring(1), labels.getOrDefault(Labels.SERVICE, ""),
                number(labels), "True".equalsIgnoreCase(labels.get(Labels.ONE_OFF)), r.getConfig().getImage(),
                s.getStatus(), health, exit, s.getStatus(), null, created, List.of(), networks, labels);
    }

    private static int number(Map<String, String> labels) {
        try {
            return Integer.parseInt(labels.getOrDefault(Labels.NUMBER, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
