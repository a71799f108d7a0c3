package dev.berth.ui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's place, size, maximized state and theme between runs. */
final class WindowState {
    private final Preferences prefs;

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        double w = prefs.getDouble("window.width", Double.NaN);
        double h = prefs.getDouble("window.height", Double.NaN);
        WindowPlacement p = WindowPlacement.of(screenOf(x, y, w, h).getVisualBounds(), w, h, x, y);
        stage.setX(p.x());
        stage.setY(p.y());
        stage.setWidth(p.width());
        stage.setHeight(p.height());
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    /** The screen the remembered place lies on, else the primary one (a screen unplugged since). */
    private static Screen screenOf(double x, double y, double w, double h) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Screen.getPrimary();
        }
        List<Screen> on = Screen.getScreensForRectangle(x, y, Double.isNaN(w) ? 50 : Math.max(1, w),
                Double.isNaN(h) ? 50 : Math.max(1, h));
        return on.isEmpty() ? Screen.getPrimary() : on.getFirst();
    }

    /** Remembers where the window was; nothing when its preferences were removed meanwhile (by another program). */
    void save(Stage stage) {
        try {
            prefs.putBoolean("window.maximized", stage.isMaximized());
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                prefs.putDouble("window.x", stage.getX());
                prefs.putDouble("window.y", stage.getY());
                prefs.putDouble("window.width", stage.getWidth());
                prefs.putDouble("window.height", stage.getHeight());
            }
        } catch (IllegalStateException removed) {
            // the node is gone: closing the window must not fail for a place it could not remember
        }
    }

    boolean dark() {
        return prefs.getBoolean("theme.dark", false);
    }

    void saveDark(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }
}
