package dev.berth.ui.insight;

import dev.berth.engine.VolumeUsage;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The project's volumes with size, mounts and users; backup to and restore from a .tar.gz. */
public final class VolumesPane extends VBox {
    private final InsightViewModel vm;
    private final TableView<VolumeUsage> table;

    public VolumesPane(InsightViewModel vm) {
        super(8);
        this.vm = vm;
        setId("volumes-pane");
        setStyle("-fx-padding: 12;");
        table = new TableView<>(vm.volumes());
        table.setId("volume-table");
        table.getColumns().add(column("Volume", VolumeUsage::name, 260));
        table.getColumns().add(column("Size", v -> !v.exists() ? "missing" : v.sizeBytes() == null ? "?"
                : size(v.sizeBytes()), 90));
        table.getColumns().add(column("Mounted by", v -> String.join(", ", v.mounts().stream()
                .map(m -> m.serviceName() + " at " + m.target() + (m.readOnly() ? " (read-only)" : "")).toList()), 300));
        table.getColumns().add(column("In use by", v -> String.join(", ", v.runningContainers()), 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Button refresh = button("refresh-volumes", "Refresh", vm::refreshVolumes);
        Button backup = button("backup-volume", "Back up…", this::backup);
        Button restore = button("restore-volume", "Restore…", this::restore);
        backup.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label message = new Label();
        message.setId("volume-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        getChildren().addAll(table, new HBox(8, refresh, backup, restore), message);
    }

    private void backup() {
        VolumeUsage v = table.getSelectionModel().getSelectedItem();
        FileChooser chooser = chooser("Back up " + v.name());
        chooser.setInitialFileName(v.name() + ".tar.gz");
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) {
            // the save dialog has asked whether to replace an existing file
            vm.backup(v, f.toPath(), true);
        }
    }

    private void restore() {
        VolumeUsage v = table.getSelectionModel().getSelectedItem();
        File f = chooser("Restore " + v.name()).showOpenDialog(getScene().getWindow());
        if (f != null) {
            vm.restore(v, f.toPath(), why -> {
                Alert ask = new Alert(Alert.AlertType.CONFIRMATION, why, ButtonType.CANCEL, ButtonType.OK);
                ask.setHeaderText("Restore over the files in " + v.name() + "?");
                ask.initOwner(getScene().getWindow());
                return ask.showAndWait().filter(ButtonType.OK::equals).isPresent();
            });
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("gzip tar", "*.tar.gz", "*.tgz"));
        c.setInitialDirectory(Path.of(System.getProperty("user.home")).toFile());
        return c;
    }

    private static TableColumn<VolumeUsage, String> column(String title, java.util.function.Function<VolumeUsage,
            String> value, double width) {
        TableColumn<VolumeUsage, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static String size(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
