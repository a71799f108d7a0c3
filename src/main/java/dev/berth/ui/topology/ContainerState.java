package dev.berth.ui.topology;

import java.util.Locale;

/** What a service's containers are doing, as the drawing colours it. */
public enum ContainerState {
    NOT_CREATED, CREATED, STARTING, RUNNING, HEALTHY, UNHEALTHY, EXITED, RESTARTING, REMOVING;

    /** CSS class name, e.g. {@code state-healthy}. */
    public String styleClass() {
        return "state-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
