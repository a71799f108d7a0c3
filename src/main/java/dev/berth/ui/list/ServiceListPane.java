package dev.berth.ui.list;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Label;

/**
 * The services as a sortable table beside the drawing (what people use with hundreds of them):
 * service, state, health, image, networks, profiles. Selecting a row selects its box and shows it;
 * selecting a box selects its row.
 */
public final class ServiceListPane extends TableView<ServiceRow> {
    private final ServiceListViewModel vm;
    private boolean syncing;

    public ServiceListPane(ServiceListViewModel vm, Consumer<String> show) {
        this.vm = vm;
        setId("service-list");
        getStyleClass().add("service-list");
        setStyle("-fx-font-size: 12px;");
        SortedList<ServiceRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setPlaceholder(new Label("No service matches"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().setAll(List.of(
                column("Service", "col-name", 110, ServiceRow::name),
                column("State", "col-state", 130, ServiceRow::state),
                column("Health", "col-health", 75, ServiceRow::health),
                column("Image", "col-image", 110, ServiceRow::image),
                column("Networks", "col-networks", 100, r -> String.join(", ", r.networks())),
                column("Profiles", "col-profiles", 70, r -> String.join(", ", r.profiles()))));
        getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null) {
                syncing = true;
                vm.topology().select(row.id());
                syncing = false;
                show.accept(row.id());
            }
        });
        vm.topology().selectedProperty().addListener((o, a, id) -> selectRow(id));
        // a replaced row (a state change) loses its selection in the table: give it back
        sorted.addListener((javafx.collections.ListChangeListener<ServiceRow>) c -> selectRow(vm.topology().selectedProperty().get()));
    }

    private void selectRow(String id) {
        if (syncing) {
            return;
        }
        ServiceRow selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.id().equals(id)) {
            return;
        }
        syncing = true;
        try {
            int i = id == null ? -1 : indexOf(id);
            if (i < 0) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().clearAndSelect(i);
                scrollTo(Math.max(0, i - 3));
            }
        } finally {
            syncing = false;
        }
    }

    private int indexOf(String id) {
        for (int i = 0; i < getItems().size(); i++) {
            if (getItems().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static <T> TableColumn<ServiceRow, T> column(String title, String id, double width, Function<ServiceRow, T> value) {
        TableColumn<ServiceRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    public ServiceListViewModel viewModel() {
        return vm;
    }
}
