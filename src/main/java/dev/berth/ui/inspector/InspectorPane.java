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
    /** The rows on screen, with each row's value and source nodes: rows of the same shape change in place. */
    private List<InspectorRow> shown = List.of();
    private final List<Node> values = new java.util.ArrayList<>();
    private final List<Label> sources = new java.util.ArrayList<>();

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
        vm.rows().addListener((ListChangeListener<InspectorRow>) c -> changed());
        changed();
    }

    /** Puts a live part (the usage chart) under the title, above the configuration. */
    public void addLive(Node live) {
        getChildren().add(2, live);
    }

    /**
     * Rows with the same sections, keys and kinds of value as those shown (a profile ticked: the project's start
     * order and gates change) only change their texts; anything else builds the sections again.
     */
    private void changed() {
        List<InspectorRow> next = bySection(vm.rows()).values().stream().flatMap(List::stream).toList();
        if (sameShape(shown, next)) {
            for (int i = 0; i < next.size(); i++) {
                update(i, next.get(i));
            }
        } else {
            rebuild(next);
        }
        shown = next;
    }

    private static boolean sameShape(List<InspectorRow> a, List<InspectorRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            InspectorRow x = a.get(i);
            InspectorRow y = b.get(i);
            boolean same = x.section().equals(y.section()) && x.key().equals(y.key())
                    && isLong(x) == isLong(y) && java.util.Objects.equals(x.link(), y.link())
                    && (x.link() == null || x.value().equals(y.value()));
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private void update(int i, InspectorRow r) {
        switch (values.get(i)) {
            case LongText t -> t.setText(r.value());
            case Label l -> l.setText(r.value());
            default -> { } // a link: same value and address (sameShape)
        }
        Label source = sources.get(i);
        source.setText(r.source());
        source.setVisible(!r.source().isEmpty());
        source.setManaged(source.isVisible());
    }

    private static boolean isLong(InspectorRow r) {
        return r.link() == null && r.value().length() > LongText.LONG;
    }

    private void rebuild(List<InspectorRow> all) {
        values.clear();
        sources.clear();
        sections.getChildren().clear();
        bySection(all).forEach((name, rows) -> {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(3);
            grid.getStyleClass().add("inspector-grid");
            javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints valueColumn = new javafx.scene.layout.ColumnConstraints();
            valueColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            valueColumn.setPrefWidth(120);
            valueColumn.setMinWidth(60);
            grid.getColumnConstraints().setAll(keys, valueColumn);
            for (int i = 0; i < rows.size(); i++) {
                InspectorRow r = rows.get(i);
                Label key = new Label(r.key());
                key.getStyleClass().add("inspector-key");
                Label source = new Label(r.source());
                source.getStyleClass().add("inspector-source");
                source.setVisible(!r.source().isEmpty());
                source.setManaged(source.isVisible());
                Node value = value(r);
                values.add(value);
                sources.add(source);
                grid.addRow(i, new VBox(0, key, source), value);
            }
            TitledPane pane = new TitledPane(name, grid);
            pane.setId("section-" + name.toLowerCase(java.util.Locale.ROOT));
            sections.getChildren().add(pane);
        });
    }

    /** The rows by section, in the order sections first appear; within a section in their order. */
    private static Map<String, List<InspectorRow>> bySection(List<InspectorRow> rows) {
        Map<String, List<InspectorRow>> out = new LinkedHashMap<>();
        for (InspectorRow r : rows) {
            out.computeIfAbsent(r.section(), k -> new java.util.ArrayList<>()).add(r);
        }
        return out;
    }

    private Node value(InspectorRow r) {
        if (r.link() != null) {
            Hyperlink link = new Hyperlink(r.value() + "  ↗ " + r.link());
            link.setOnAction(e -> openLink.accept(r.link()));
            return link;
        }
        if (isLong(r)) {
            return new LongText(r.value());
        }
        Label value = new Label(r.value());
        value.getStyleClass().add("inspector-value");
        value.setWrapText(true);
        value.setMinWidth(60);
        return value;
    }
}
