package dev.berth.ui;

import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** Remembers the window's place, size, maximized state and theme between runs. */
final class WindowState {
    private final Preferences prefs;

    WindowState(Preferences prefs) {
        this.prefs = prefs;
    }

    void restore(Stage stage) {
        stage.setWidth(prefs.getDouble("window.width", 1400));
        stage.setHeight(prefs.getDouble("window.height", 900));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    private static boolean onSomeScreen(double x, double y) {
        return javafx.stage.Screen.getScreensForRectangle(x, y, 50, 50).size() > 0;
    }

    void save(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized() && !stage.isFullScreen()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }

    boolean dark() {
        return prefs.getBoolean("theme.dark", false);
    }

    void saveDark(boolean dark) {
        prefs.putBoolean("theme.dark", dark);
    }
}
