package dev.berth.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/**
 * Berth's look: AtlantaFX's Primer theme, light or dark, as the application's user-agent stylesheet
 * (every control takes it), and Berth's own rules over it ({@link #overrides()}), which tie the
 * drawing's colours to the theme's named colours. Switching runs on the UI thread and needs no restart.
 */
public final class Themes {
    private Themes() {}

    /** The theme's binary form (the same rules as its CSS, read without parsing: a faster first frame). */
    public static String stylesheet(boolean dark) {
        return dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /**
     * Makes the light or the dark theme the one every window draws with; nothing when it already is (the window
     * applies the saved theme before its first control, then again as its theme switch takes the saved value).
     */
    public static void apply(boolean dark) {
        String wanted = stylesheet(dark);
        if (!wanted.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(wanted);
        }
    }

    /** True when the dark theme is the one in use. */
    public static boolean darkInUse() {
        return stylesheet(true).equals(Application.getUserAgentStylesheet());
    }

    /** Berth's rules over the theme, for a scene's stylesheets (after berth.css). */
    public static String overrides() {
        return Themes.class.getResource("theme.css").toExternalForm();
    }
}
