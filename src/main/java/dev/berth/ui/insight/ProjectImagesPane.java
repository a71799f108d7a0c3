package dev.berth.ui.insight;

import dev.berth.insight.images.ProjectImages.Row;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The project's images, as {@code berth images} sees them: size, age, and the services that use each. */
public final class ProjectImagesPane extends VBox {
    public ProjectImagesPane(InsightViewModel vm) {
        super(8);
        setId("project-images-pane");
        setStyle("-fx-padding: 12;");
        TableView<Row> table = new TableView<>(vm.images());
        table.setId("project-images");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Open a project: its images show here."));
        table.getColumns().add(column("image", 260, Row::image));
        table.getColumns().add(column("id", 110, r -> r.id() == null ? "" : r.id().replace("sha256:", "").substring(0,
                Math.min(12, r.id().replace("sha256:", "").length()))));
        table.getColumns().add(column("size", 90, r -> r.id() == null ? "—" : ResourcesPane.bytes(r.sizeBytes())));
        table.getColumns().add(column("created", 90, r -> r.id() == null ? "" : ImagesPane.age(
                System.currentTimeMillis() / 1000 - r.createdEpochSeconds()) + " ago"));
        table.getColumns().add(column("containers", 90, r -> r.containers() == 0 ? "none yet" : "" + r.containers()));
        table.getColumns().add(column("used by", 240, r -> String.join(", ", r.services())));
        Button refresh = new Button("Refresh");
        refresh.setOnAction(e -> vm.refreshImages());
        Label total = new Label();
        total.setId("project-images-total");
        vm.images().addListener((javafx.collections.ListChangeListener<Row>) c -> total.setText(vm.images().size()
                + " images, " + ResourcesPane.bytes(vm.images().stream().mapToLong(Row::sizeBytes).sum())
                + " (each image counted once; layers they share are stored once)"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(new HBox(10, refresh, total), table);
    }

    private static TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> f) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        return c;
    }
}
