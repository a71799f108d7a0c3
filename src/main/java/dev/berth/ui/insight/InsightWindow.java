package dev.berth.ui.insight;

import dev.berth.insight.timeline.StartupTimeline;
import java.io.File;
import java.io.IOException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A window of its own for the start-up timeline and the volumes; one per main window, shown on demand. */
public final class InsightWindow {
    private final InsightViewModel vm;
    private final Stage stage = new Stage();
    private final TabPane tabs = new TabPane();
    private final TimelinePane timeline = new TimelinePane();
    private final ResourcesViewModel resources;

    public InsightWindow(InsightViewModel vm, Window owner) {
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Berth — insight");
        Button png = new Button("Export PNG…");
        png.setId("export-timeline-png");
        png.setOnAction(e -> export("png"));
        Button svg = new Button("Export SVG…");
        svg.setId("export-timeline-svg");
        svg.setOnAction(e -> export("svg"));
        BorderPane timelineTab = new BorderPane(new ScrollPane(timeline), null, null, new HBox(8, png, svg), null);
        Tab t = new Tab("Start-up timeline", timelineTab);
        t.setId("timeline-tab");
        Tab v = new Tab("Volumes", new VolumesPane(vm));
        v.setId("volumes-tab");
        Tab a = new Tab("Advice", new AdvicePane(vm));
        a.setId("advice-window-tab");
        resources = new ResourcesViewModel(vm.engine(), vm.background(), vm.ui());
        Tab r = new Tab("Resources", new ResourcesPane(resources));
        r.setId("resources-tab");
        Tab i = new Tab("Images", new ImagesPane(vm));
        i.setId("images-tab");
        Tab pi = new Tab("Project images", new ProjectImagesPane(vm));
        pi.setId("project-images-tab");
        pi.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                vm.refreshImages();
            }
        });
        tabs.getTabs().addAll(t, r, i, pi, v, a);
        // streams run only while the tab is on screen
        Runnable follow = () -> {
            if (r.isSelected() && stage.isShowing() && vm.loadedProperty().get() != null) {
                resources.show(vm.loadedProperty().get().project().name());
            } else {
                resources.hide();
            }
        };
        r.selectedProperty().addListener((o, was, is) -> follow.run());
        stage.showingProperty().addListener((o, was, is) -> follow.run());
        javafx.animation.Timeline relist = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                javafx.util.Duration.seconds(5), e -> follow.run()));
        relist.setCycleCount(javafx.animation.Animation.INDEFINITE);
        relist.play();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vm.timelineProperty().addListener((o, x, tl) -> show(tl));
        show(vm.timelineProperty().get());
        stage.setScene(new Scene(tabs, 1100, 720));
    }

    private void show(StartupTimeline t) {
        if (t != null && vm.loadedProperty().get() != null) {
            timeline.show(t, vm.loadedProperty().get().project());
        }
    }

    /** Shows the window at the tab with this id ({@code timeline-tab}, {@code volumes-tab}, ...). */
    public void open(String tabId) {
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        if (tabId.equals("volumes-tab")) {
            vm.refreshVolumes();
        }
        if (tabId.equals("project-images-tab")) {
            vm.refreshImages();
        }
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private void export(String kind) {
        StartupTimeline t = vm.timelineProperty().get();
        if (t == null) {
            return;
        }
        FileChooser c = new FileChooser();
        c.setInitialFileName("timeline." + kind);
        File f = c.showSaveDialog(stage);
        if (f == null) {
            return;
        }
        try {
            if (kind.equals("png")) {
                timeline.exportPng(f.toPath());
            } else {
                TimelinePane.exportSvg(t, f.toPath());
            }
        } catch (IOException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "export failed", e);
        }
    }

    public ResourcesViewModel resources() {
        return resources;
    }

    public TimelinePane timelinePane() {
        return timeline;
    }
}
