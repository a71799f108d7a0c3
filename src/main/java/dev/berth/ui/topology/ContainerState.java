package dev.berth.ui.topology;

import java.util.Locale;

/** What a service's containers are doing, as the drawing colours it. */
public enum ContainerState {
    NOT_CREATED, CREATED, STARTING, RUNNING, HEALTHY, UNHEALTHY, EXITED, RESTARTING, REMOVING;

    /** CSS class name, e.g. {@code state-healthy}. */
    public String styleClass() {
        return "state-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A sign per state, so state reads without colour (projectors, colour blindness). */
    public String icon() {
        return switch (this) {
            case NOT_CREATED -> "○";
            case CREATED -> "◔";
            case STARTING -> "◐";
            case RUNNING -> "▶";
            case HEALTHY -> "✔";
            case UNHEALTHY -> "✖";
            case EXITED -> "■";
            case RESTARTING -> "↻";
            case REMOVING -> "⌫";
        };
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
