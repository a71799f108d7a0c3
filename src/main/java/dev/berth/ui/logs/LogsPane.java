package dev.berth.ui.logs;

import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.controlsfx.control.CheckComboBox;

/** Log lines with coloured service prefixes; a service chooser, search, pause and follow on top. */
public final class LogsPane extends BorderPane {
    public LogsPane(LogsViewModel vm) {
        getStyleClass().add("logs-pane");
        CheckComboBox<String> services = new CheckComboBox<>(vm.services());
        services.setId("log-services");
        services.setTitle("All services");
        // a set width: measuring its widest item makes a cell per service (200 of them) at every layout
        services.setPrefWidth(170);
        services.setMinWidth(60);
        services.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c ->
                vm.choose(Set.copyOf(services.getCheckModel().getCheckedItems())));
        TextField search = new TextField();
        search.setId("log-search");
        search.setPromptText("Search logs");
        search.textProperty().bindBidirectional(vm.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        ToggleButton pause = new ToggleButton("Pause");
        pause.setId("log-pause");
        pause.selectedProperty().bindBidirectional(vm.pausedProperty());
        CheckBox follow = new CheckBox("Follow");
        follow.setId("log-follow");
        follow.selectedProperty().bindBidirectional(vm.followProperty());
        Button clear = new Button("Clear");
        clear.setOnAction(e -> vm.clear());
        HBox bar = new HBox(8, new Label("Logs"), services, search, pause, follow, clear);
        bar.getStyleClass().add("logs-bar");
        bar.setPadding(new Insets(4));
        ListView<LogEntry> list = new ListView<>(vm.shown());
        list.setId("log-lines");
        list.getStyleClass().add("log-lines");
        list.setPlaceholder(new Label("No log lines yet"));
        list.setCellFactory(v -> new LogCell(vm));
        boolean[] scrollAsked = new boolean[1];
        vm.shown().addListener((ListChangeListener<LogEntry>) c -> {
            // one scroll per burst of lines: scrolling lays the list out, a flood of lines must not do it per line
            if (vm.followProperty().get() && !scrollAsked[0]) {
                scrollAsked[0] = true;
                javafx.application.Platform.runLater(() -> {
                    scrollAsked[0] = false;
                    if (!vm.shown().isEmpty()) {
                        list.scrollTo(vm.shown().size() - 1);
                    }
                });
            }
        });
        setTop(bar);
        setCenter(list);
    }

    private static final class LogCell extends ListCell<LogEntry> {
        private final LogsViewModel vm;

        LogCell(LogsViewModel vm) {
            this.vm = vm;
        }

        @Override
        protected void updateItem(LogEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Text prefix = new Text(e.prefix() + "  | ");
            prefix.getStyleClass().addAll("log-prefix", "log-colour-" + vm.colourOf(e.serviceName()));
            Text text = new Text(e.text());
            text.getStyleClass().add(e.stderr() ? "log-stderr" : "log-text");
            setGraphic(new TextFlow(prefix, text));
            setText(null);
        }
    }
}
