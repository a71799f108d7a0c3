package dev.berth.ui;

/** Starts the JavaFX application; kept apart so the CLI never loads JavaFX classes. */
public final class GuiLauncher {
    private GuiLauncher() {}

    public static void launch(String[] files) {
        FirstFrame.mark("launch");
        BerthApp.connectEarly(System.getenv());
        javafx.application.Application.launch(BerthApp.class, files);
    }
}
