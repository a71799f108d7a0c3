package dev.berth.ui;

import dev.berth.ui.inspector.InspectorPane;
import dev.berth.ui.logs.LogsPane;
import dev.berth.ui.problems.ProblemsPane;
import dev.berth.ui.profiles.ProfilesPane;
import dev.berth.ui.topology.TopologyPane;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The main window's content: profiles and files on the left, the drawing in the middle with logs,
 * problems and activity under it, the inspector on the right, a status line at the bottom.
 */
public final class MainPane extends BorderPane {
    private final MainViewModel vm;
    private final TopologyPane topology = new TopologyPane();
    private final TabPane bottom = new TabPane();
    private final Tab problemsTab;
    private final Label status = new Label();
    private final SplitPane sides;
    private final VBox top = new VBox();
    private final SidePanes panes;
    private final SplitPane centre;
    private dev.berth.ui.editor.EditorPane editor;
    private final Tab editorTab;
    private final FindAndList find;
    private final dev.berth.ui.insight.GraphUsage usage;
    private final ServiceActions services;

    public MainPane(MainViewModel vm, Consumer<String> openLink) {
        this.vm = vm;
        setId("main");
        getStyleClass().add("main-pane");
        TopologyBinding.bind(topology, vm.topology());
        topology.setId("topology");
        services = new ServiceActions(vm, this);
        topology.setContextMenus(services::menu);
        Tab logs = new Tab("Logs", new LogsPane(vm.logs()));
        logs.setId("logs-tab");
        // The tabs behind the first are made when first shown: the first frame does not style and lay them out
        problemsTab = LazyTab.of("Problems", "problems-tab", () -> problemsPane());
        ListView<String> activity = new ListView<>();
        activity.setId("activity");
        Tab activityTab = LazyTab.of("Activity", "activity-tab", () -> activity);
        // the list follows the run's activity only while its tab shows: hidden, each engine event laid it out again
        activityTab.selectedProperty().addListener((o, was, shown) ->
                activity.setItems(shown ? vm.run().activity() : javafx.collections.FXCollections.emptyObservableList()));
        // The editor (RichTextFX, a code area per file) is made when first shown: the window's first frame and
        // memory do not pay for a pane most sessions never open.
        editorTab = new Tab("Editor");
        editorTab.setId("editor-tab");
        editorTab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                editor();
            }
        });
        bottom.getTabs().addAll(logs, problemsTab, activityTab, editorTab);
        Tab advice = LazyTab.of("Advice", "advice-tab", () -> new dev.berth.ui.insight.AdvicePane(vm.insight()));
        advice.selectedProperty().addListener((o, was, shown) -> vm.insight().setAdviceShown(shown));
        bottom.getTabs().add(2, advice);
        Tab build = LazyTab.of("Build", "build-tab", () -> new dev.berth.ui.insight.BuildPane(vm.insight().builds(), () -> {
            if (vm.project().project() != null) {
                vm.run().build(vm.project().project());
            }
        }));
        bottom.getTabs().add(3, build);
        vm.insight().builds().startedProperty().addListener((o, a, b) -> bottom.getSelectionModel().select(build));
        bottom.setId("bottom-tabs");
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        centre = new SplitPane(topology, bottom);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(1 - SidePanes.BOTTOM_SHARE);
        ProfilesPane profiles = new ProfilesPane(vm.project());
        InspectorPane inspector = new InspectorPane(vm.inspector(), vm.run().whyWaitingProperty(), openLink);
        usage = dev.berth.ui.insight.GraphUsage.install(topology, vm.insight().liveUsage(), vm.topology(),
                () -> vm.project().project() == null ? null : vm.project().project().name());
        inspector.addLive(usage.chart());
        StepCard step = new StepCard(vm.run().teaching(), "step");
        find = new FindAndList(vm, topology, centre);
        services.attach(find.list());
        VBox middle = new VBox(step, find.bar(), find.area());
        sides = new SplitPane(profiles, middle, inspector);
        panes = new SidePanes(sides, centre, profiles, inspector, bottom, topology::fitSoon);
        setTop(top);
        setCenter(sides);
        setBottom(statusLine());
        vm.project().problems().addListener((ListChangeListener<dev.berth.compose.load.Problem>) c -> {
            // while typing in the editor, its underlines show the problems: the tab stays
            if (!vm.project().problems().isEmpty() && !editorTab.isSelected()) {
                panes.bottomShownProperty().set(true);
                bottom.getSelectionModel().select(problemsTab);
            }
        });
    }

    private ProblemsPane problemsPane() {
        ProblemsPane pane = new ProblemsPane(vm.problems());
        pane.setOnEdit(p -> {
            if (p.location() != null && p.location().file() != null && vm.editor().find(p.location().file()) != null) {
                showEditor();
                editor().reveal(p.location().file(), p.location().line(), p.location().column());
            }
        });
        return pane;
    }

    private HBox statusLine() {
        status.setId("status");
        status.getStyleClass().add("status-text");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String run = vm.run().messageProperty().get();
            String project = vm.project().statusProperty().get();
            return run == null || run.isEmpty() ? project : project + "  —  " + run;
        }, vm.run().messageProperty(), vm.project().statusProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.progressProperty().bind(javafx.beans.binding.Bindings.when(vm.run().busyProperty())
                .then(javafx.beans.binding.Bindings.when(vm.run().progressProperty().greaterThan(0))
                        .then(vm.run().progressProperty()).otherwise(-1.0))
                .otherwise(vm.run().progressProperty()));
        progress.visibleProperty().bind(vm.run().busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label cli = new Label();
        cli.getStyleClass().add("cli-line");
        cli.textProperty().bind(vm.project().cliLineProperty());
        Label engine = new Label();
        engine.setId("engine-status");
        engine.textProperty().bind(vm.run().engineStatusProperty());
        engine.styleProperty().bind(javafx.beans.binding.Bindings.when(vm.run().engineAnsweringProperty())
                .then("").otherwise("-fx-text-fill: #c0392b; -fx-font-weight: bold;"));
        status.setMinWidth(0);
        cli.setMinWidth(0);
        HBox line = new HBox(12, status, engine, grow, progress, cli);
        line.getStyleClass().add("status-line");
        return line;
    }

    /** The editor pane, made on first use. */
    public dev.berth.ui.editor.EditorPane editor() {
        if (editor == null) {
            editor = new dev.berth.ui.editor.EditorPane(vm.editor());
            editorTab.setContent(editor);
        }
        return editor;
    }

    /** Shows the editor under the drawing, with room to type. */
    public void showEditor() {
        panes.bottomShownProperty().set(true);
        bottom.getSelectionModel().select(editorTab);
        centre.setDividerPositions(0.45);
        editor().focusShown();
    }

    /** Live usage bars on the boxes and the inspector's chart. */
    public dev.berth.ui.insight.GraphUsage usage() {
        return usage;
    }

    public TopologyPane topology() {
        return topology;
    }

    public VBox top() {
        return top;
    }

    public TabPane bottomTabs() {
        return bottom;
    }

    /** The drawing over the logs. */
    public SplitPane centre() {
        return centre;
    }

    /** Search bar, focus mode and the service list. */
    FindAndList find() {
        return find;
    }

    SidePanes panes() {
        return panes;
    }

    /** What can be done to one service: context menus, the Service menu. */
    ServiceActions services() {
        return services;
    }

    public SplitPane sides() {
        return sides;
    }
}
