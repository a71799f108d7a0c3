package dev.berth.ui.topology;

import dev.berth.compose.model.PortMapping;
import dev.berth.compose.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The short lines a service box shows under its name: image, replicas, published ports. */
public final class ServiceText {
    private ServiceText() {}

    public static List<String> details(String projectName, Service service) {
        List<String> lines = new ArrayList<>();
        lines.add(service.image() != null ? service.image() : "build → " + service.imageName(projectName));
        if (service.scale() != 1) {
            lines.add(service.scale() + " replicas");
        }
        String ports = publishedPorts(service);
        if (!ports.isEmpty()) {
            lines.add(ports);
        }
        return lines;
    }

    public static String publishedPorts(Service service) {
        return service.ports().stream().filter(p -> p.published() != null && !p.published().isEmpty())
                .map(ServiceText::port).collect(Collectors.joining("  "));
    }

    static String port(PortMapping p) {
        String proto = p.protocol() == null || p.protocol().equals("tcp") ? "" : "/" + p.protocol();
        return ":" + p.published() + " → " + p.target() + proto;
    }

    public static String conditionWord(dev.berth.compose.model.DependsOn.Condition condition) {
        return switch (condition) {
            case SERVICE_STARTED -> "started";
            case SERVICE_HEALTHY -> "healthy";
            case SERVICE_COMPLETED_SUCCESSFULLY -> "completed";
        };
    }
}
