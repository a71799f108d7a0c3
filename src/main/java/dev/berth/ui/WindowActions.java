package dev.berth.ui;

import dev.berth.compose.model.Project;
import dev.berth.ui.topology.SvgExport;
import dev.berth.ui.topology.TopologyPane;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** What the menus, keys and buttons do: choosers and dialogs here, the work in the view models. */
final class WindowActions {
    private final Stage stage;
    private final MainViewModel vm;
    private final MainPane main;
    private final Presentation presentation;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final dev.berth.ui.palette.CommandPalette palette = new dev.berth.ui.palette.CommandPalette();

    WindowActions(Stage stage, MainViewModel vm, MainPane main) {
        this.stage = stage;
        this.vm = vm;
        this.main = main;
        this.presentation = new Presentation(stage, main, vm);
    }

    TopologyPane topology() {
        return main.topology();
    }

    FindAndList find() {
        return main.find();
    }

    SidePanes panes() {
        return main.panes();
    }

    ServiceActions services() {
        return main.services();
    }

    BooleanProperty darkProperty() {
        return dark;
    }

    void open() {
        List<File> files = chooser("Open compose files", "Compose files", "*.yaml", "*.yml").showOpenMultipleDialog(stage);
        if (files != null && !files.isEmpty()) {
            vm.open(files.stream().map(File::toPath).toList());
        }
    }

    void addOverride() {
        File f = chooser("Add an override file", "Compose files", "*.yaml", "*.yml").showOpenDialog(stage);
        if (f != null) {
            vm.project().addOverride(f.toPath());
        }
    }

    void chooseEnvFiles() {
        List<File> files = chooser("Choose env files", "Env files", "*.env", ".env", "*").showOpenMultipleDialog(stage);
        if (files != null) {
            vm.project().setEnvFiles(files.stream().map(File::toPath).toList());
        }
    }

    private FileChooser chooser(String title, String kind, String... patterns) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, patterns));
        Path dir = vm.project().workingDir();
        List<Path> open = vm.project().requestProperty().get().files();
        if (!open.isEmpty() && open.getFirst().getParent() != null) {
            dir = open.getFirst().getParent();
        }
        if (dir != null && Files.isDirectory(dir)) {
            c.setInitialDirectory(dir.toFile());
        }
        return c;
    }

    void save() {
        main.editor().saveShown();
    }

    /** The command palette: every menu command by name (the menu bar is there even when presentation hides it). */
    void palette() {
        main.top().getChildren().stream().filter(javafx.scene.control.MenuBar.class::isInstance).findFirst()
                .ifPresent(bar -> palette.show(stage, stage.getScene().getRoot(),
                        dev.berth.ui.palette.Command.of((javafx.scene.control.MenuBar) bar)));
    }

    dev.berth.ui.palette.CommandPalette commandPalette() {
        return palette;
    }

    void showEditor() {
        main.showEditor();
    }

    void exportPng() {
        File f = saveChooser("PNG image", "*.png", ".png");
        if (f != null) {
            try {
                main.topology().exportPng(f.toPath());
            } catch (IOException e) {
                System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "PNG export failed: " + e.getMessage());
            }
        }
    }

    void exportSvg() {
        File f = saveChooser("SVG image", "*.svg", ".svg");
        if (f != null) {
            try {
                Files.writeString(f.toPath(), SvgExport.render(vm.topology().topologyProperty().get(),
                        vm.topology().statuses(), vm.topology().gates()));
            } catch (IOException e) {
                System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "SVG export failed: " + e.getMessage());
            }
        }
    }

    void exportDockerScript() {
        Project p = vm.project().project();
        File f = p == null ? null : saveChooser("Shell script", "*.sh", "-up.sh");
        if (f != null) {
            vm.run().dockerWords().export(p, f.toPath());
        }
    }

    private File saveChooser(String kind, String pattern, String suffix) {
        FileChooser c = new FileChooser();
        c.setTitle("Export");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        Project p = vm.project().project();
        c.setInitialFileName((p == null ? "berth" : p.name()) + suffix);
        return c.showSaveDialog(stage);
    }

    void up() {
        // what runs is what the drawing shows, which follows unsaved typing: it is written first
        vm.editor().saveAll();
        Project p = vm.project().project();
        if (p != null) {
            vm.run().upAfterPreview(p, (plan, commands) -> RunDialogs.confirmPlan(stage, plan, commands));
        }
    }

    void down() {
        Project p = vm.project().project();
        if (p != null) {
            RunDialogs.confirmDown(stage, p.name()).ifPresent(volumes -> vm.run().down(p, volumes));
        }
    }

    void stop() {
        Project p = vm.project().project();
        if (p != null) {
            vm.run().stop(p, List.of());
        }
    }

    void restart() {
        Project p = vm.project().project();
        if (p != null) {
            vm.run().restart(p, List.of());
        }
    }

    void beginSteps() {
        Project p = vm.project().project();
        if (p != null) {
            vm.run().beginSteps(p);
        }
    }

    void step() {
        vm.run().step();
    }

    void stepOrBegin() {
        if (vm.run().stepping()) {
            step();
        } else {
            beginSteps();
        }
    }

    void togglePresentation() {
        presentation.toggle();
    }

    boolean presenting() {
        return presentation.on();
    }

    void quit() {
        stage.close();
    }
}
