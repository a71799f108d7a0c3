package dev.berth.ui.topology;

import java.util.Locale;

/** What a service's containers are doing, as the drawing colours it. */
public enum ContainerState {
    NOT_CREATED, CREATED, STARTING, RUNNING, HEALTHY, UNHEALTHY, EXITED, RESTARTING, REMOVING;

    private final javafx.css.PseudoClass pseudoClass = javafx.css.PseudoClass.getPseudoClass(styleClass());

    /** CSS name, e.g. {@code state-healthy}: a box in this state has the pseudo-class {@code :state-healthy}. */
    public String styleClass() {
        return "state-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public javafx.css.PseudoClass pseudoClass() {
        return pseudoClass;
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
