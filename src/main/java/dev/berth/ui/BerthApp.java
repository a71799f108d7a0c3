package dev.berth.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class BerthApp extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle("Berth");
        stage.setScene(new Scene(new Label("Berth"), 1200, 800));
        stage.show();
        FirstFrame.watch(stage.getScene());
    }
}
