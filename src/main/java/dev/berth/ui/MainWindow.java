package dev.berth.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/** Builds the window around a main view model: menus, panes, theme, keys, drag and drop. */
public final class MainWindow {
    private final WindowActions actions;
    private final MainPane pane;

    private MainWindow(WindowActions actions, MainPane pane) {
        this.actions = actions;
        this.pane = pane;
    }

    public static MainWindow show(Stage stage, MainViewModel vm, Consumer<String> openLink, Preferences prefs) {
        WindowState state = new WindowState(prefs);
        // before the first control exists: JavaFX then never loads its default theme (Modena) only to replace it
        dev.berth.ui.theme.Themes.apply(state.dark());
        MainPane pane = new MainPane(vm, openLink);
        FirstFrame.mark("panes made");
        WindowActions actions = new WindowActions(stage, vm, pane);
        var menuBar = MainMenu.menuBar(actions, vm);
        var toolBar = MainMenu.toolBar(actions);
        var swarm = new dev.berth.ui.stack.SwarmTarget(pane.centre(), pane.topology(), vm.project()::project,
                () -> Backends.stacks(vm.environment()), () -> stage);
        menuBar.getMenus().add(swarm.menu());
        toolBar.getItems().addAll(new javafx.scene.control.Separator(), swarm.switcher());
        pane.top().getChildren().setAll(menuBar, toolBar);
        Scene scene = new Scene(pane);
        scene.getStylesheets().add(MainWindow.class.getResource("berth.css").toExternalForm());
        scene.getStylesheets().add(dev.berth.ui.theme.Themes.overrides());
        actions.darkProperty().addListener((o, a, dark) -> {
            dev.berth.ui.theme.Themes.apply(dark);
            if (dark) {
                pane.getStyleClass().add("dark");
            } else {
                pane.getStyleClass().remove("dark");
            }
            state.saveDark(dark);
        });
        actions.darkProperty().set(state.dark());
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean ok = files != null && !files.isEmpty();
            if (ok) {
                vm.open(files.stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        scene.setOnKeyPressed(e -> {
            if (actions.presenting() && (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.RIGHT
                    || e.getCode() == KeyCode.PAGE_DOWN)) {
                actions.stepOrBegin();
                e.consume();
            }
        });
        stage.setTitle("Berth");
        vm.project().loadedProperty().addListener((o, a, r) -> stage.setTitle("Berth — " + r.project().name()));
        state.restore(stage);
        pane.panes().opening(stage.getWidth());
        stage.setScene(scene);
        FirstFrame.mark("scene made");
        stage.setOnHidden(e -> {
            state.save(stage);
            vm.close();
        });
        stage.show();
        return new MainWindow(actions, pane);
    }

    public void togglePresentation() {
        actions.togglePresentation();
    }

    public boolean presenting() {
        return actions.presenting();
    }

    /** The dark theme is on (the View menu's "Dark theme"). */
    public javafx.beans.property.BooleanProperty darkProperty() {
        return actions.darkProperty();
    }

    public MainPane pane() {
        return pane;
    }
}
