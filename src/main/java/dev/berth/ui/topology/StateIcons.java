package dev.berth.ui.topology;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A shape per state on a service box, from the Feather icons the toolbar uses, so state reads without
 * colour (colour-blind viewers, projectors, grey print): each state has its own outline (circle, check,
 * triangle, square, arrows), not the same glyph in another colour.
 */
final class StateIcons {
    private StateIcons() {}

    static Ikon of(ContainerState s) {
        return switch (s) {
            case NOT_CREATED -> Feather.CIRCLE;
            case CREATED -> Feather.PLUS_CIRCLE;
            case STARTING -> Feather.LOADER;
            case RUNNING -> Feather.PLAY_CIRCLE;
            case HEALTHY -> Feather.CHECK_CIRCLE;
            case UNHEALTHY -> Feather.ALERT_TRIANGLE;
            case EXITED -> Feather.STOP_CIRCLE;
            case RESTARTING -> Feather.REFRESH_CW;
            case REMOVING -> Feather.TRASH_2;
        };
    }

    /** The icon node of a box: its shape is set by {@link #show}; its colour and size come from the theme. */
    static FontIcon node() {
        FontIcon icon = new FontIcon(Feather.CIRCLE);
        icon.getStyleClass().add("node-state-icon");
        icon.setVisible(false);
        return icon;
    }

    static void show(FontIcon icon, ContainerState s) {
        icon.setVisible(s != null);
        if (s != null) {
            icon.setIconCode(of(s));
            icon.setAccessibleText(s.word());
        }
    }
}
