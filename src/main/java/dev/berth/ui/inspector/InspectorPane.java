package dev.berth.ui.inspector;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The selected box in detail: sections of key, value and source line; ports open in the browser. */
public final class InspectorPane extends VBox {
    private final VBox sections = new VBox(6);
    private final InspectorViewModel vm;
    private final Consumer<String> openLink;

    public InspectorPane(InspectorViewModel vm, ObservableStringValue whyWaiting, Consumer<String> openLink) {
        super(8);
        this.vm = vm;
        this.openLink = openLink;
        setId("inspector");
        getStyleClass().add("inspector-pane");
        Label title = new Label();
        title.setId("inspector-title");
        title.getStyleClass().add("pane-title");
        title.textProperty().bind(vm.titleProperty());
        Label why = new Label();
        why.setId("why-waiting");
        why.getStyleClass().add("why-waiting");
        why.setWrapText(true);
        why.textProperty().bind(whyWaiting);
        why.visibleProperty().bind(why.textProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, why, scroll);
        vm.rows().addListener((ListChangeListener<InspectorRow>) c -> rebuild());
        rebuild();
    }

    /** Puts a live part (the usage chart) under the title, above the configuration. */
    public void addLive(Node live) {
        getChildren().add(2, live);
    }

    private void rebuild() {
        Map<String, List<InspectorRow>> bySection = new LinkedHashMap<>();
        for (InspectorRow r : vm.rows()) {
            bySection.computeIfAbsent(r.section(), k -> new java.util.ArrayList<>()).add(r);
        }
        sections.getChildren().clear();
        bySection.forEach((name, rows) -> {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(3);
            grid.getStyleClass().add("inspector-grid");
            javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
            values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            values.setPrefWidth(120);
            values.setMinWidth(60);
            grid.getColumnConstraints().setAll(keys, values);
            for (int i = 0; i < rows.size(); i++) {
                InspectorRow r = rows.get(i);
                Label key = new Label(r.key());
                key.getStyleClass().add("inspector-key");
                Label source = new Label(r.source());
                source.getStyleClass().add("inspector-source");
                source.setVisible(!r.source().isEmpty());
                source.setManaged(source.isVisible());
                grid.addRow(i, new VBox(0, key, source), value(r));
            }
            TitledPane pane = new TitledPane(name, grid);
            pane.setId("section-" + name.toLowerCase(java.util.Locale.ROOT));
            sections.getChildren().add(pane);
        });
    }

    private Node value(InspectorRow r) {
        if (r.link() != null) {
            Hyperlink link = new Hyperlink(r.value() + "  ↗ " + r.link());
            link.setOnAction(e -> openLink.accept(r.link()));
            return link;
        }
        Label value = new Label(r.value());
        value.getStyleClass().add("inspector-value");
        value.setWrapText(true);
        value.setMinWidth(60);
        return value;
    }
}
