package dev.berth.ui.list;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.ui.topology.ContainerState;
import dev.berth.ui.topology.ServiceStatus;
import java.util.List;

/**
 * One line of the service list: the name, its status (null when a profile switches it off), its
 * health, image, networks and profiles. {@link Ranked} values sort by meaning, not by spelling.
 */
public record ServiceRow(String name, ServiceStatus status, boolean hasHealthcheck, String image,
                         List<String> networks, List<String> profiles) {
    /** A shown word with the place it sorts at. */
    public record Ranked(String text, int rank) implements Comparable<Ranked> {
        @Override
        public int compareTo(Ranked o) {
            return rank != o.rank ? Integer.compare(rank, o.rank) : text.compareTo(o.text);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    public ServiceRow {
        networks = List.copyOf(networks);
        profiles = List.copyOf(profiles);
    }

    static ServiceRow of(Project project, Service s, ServiceStatus status) {
        boolean on = project.services().containsKey(s.name());
        boolean hc = s.healthcheck() != null && !s.healthcheck().disable() && !s.healthcheck().test().isEmpty()
                && !s.healthcheck().test().getFirst().equals("NONE");
        List<String> nets = s.networks().keySet().stream().sorted().toList();
        String image = s.image() != null ? s.image() : "build → " + s.imageName(project.name());
        return new ServiceRow(s.name(), on ? (status == null ? ServiceStatus.UNKNOWN : status) : null, hc, image, nets,
                s.profiles().stream().sorted().toList());
    }

    public String id() {
        return "service-" + name;
    }

    public ServiceRow withStatus(ServiceStatus s) {
        return new ServiceRow(name, status == null ? null : s, hasHealthcheck, image, networks, profiles);
    }

    /** Sorts troubles first: unhealthy, exited, restarting, then what is starting, running, and at the end off. */
    public Ranked state() {
        if (status == null) {
            return new Ranked("off (profile)", 99);
        }
        int rank = switch (status.state()) {
            case UNHEALTHY -> 0;
            case EXITED -> 1;
            case RESTARTING -> 2;
            case REMOVING -> 3;
            case CREATED -> 4;
            case STARTING -> 5;
            case RUNNING -> 6;
            case HEALTHY -> 7;
            case NOT_CREATED -> 8;
        };
        return new Ranked(status.state().icon() + " " + status.text(), rank);
    }

    /** unhealthy, starting, healthy, then "—" for a service that is not running, then none at all. */
    public Ranked health() {
        if (!hasHealthcheck) {
            return new Ranked("none", 5);
        }
        ContainerState s = status == null ? null : status.state();
        if (s == ContainerState.UNHEALTHY) {
            return new Ranked("unhealthy", 0);
        }
        if (s == ContainerState.STARTING) {
            return new Ranked("starting", 1);
        }
        return s == ContainerState.HEALTHY ? new Ranked("healthy", 2) : new Ranked("—", 4);
    }
}
