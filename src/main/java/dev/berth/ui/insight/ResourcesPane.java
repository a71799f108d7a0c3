package dev.berth.ui.insight;

import dev.berth.insight.stats.ServiceUsage;
import java.util.Locale;
import java.util.TreeMap;
import javafx.collections.MapChangeListener;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Per container: CPU and memory bars (memory against its limit), network and disk rates; a chart of the chosen one. */
public final class ResourcesPane extends VBox {
    private final ResourcesViewModel vm;
    private final GridPane grid = new GridPane();
    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> cpu = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> memory = new XYChart.Series<>();
    private String chosen;

    public ResourcesPane(ResourcesViewModel vm) {
        super(10);
        this.vm = vm;
        setId("resources-pane");
        setStyle("-fx-padding: 12;");
        grid.setHgap(14);
        grid.setVgap(6);
        grid.setId("resource-grid");
        NumberAxis x = new NumberAxis();
        x.setLabel("seconds ago");
        x.setAutoRanging(true);
        chart = new LineChart<>(x, new NumberAxis());
        chart.setId("resource-chart");
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setPrefHeight(260);
        cpu.setName("CPU %");
        memory.setName("memory % of limit");
        chart.getData().add(cpu);
        chart.getData().add(memory);
        vm.latest().addListener((MapChangeListener<String, ServiceUsage>) c -> redraw());
        getChildren().addAll(new Label("Live from the engine's stats stream while this tab is shown."),
                new ScrollPane(grid), chart);
    }

    private void redraw() {
        grid.getChildren().clear();
        String[] heads = {"container", "CPU", "", "memory", "", "network ↓ / ↑", "disk read / write"};
        for (int i = 0; i < heads.length; i++) {
            Label h = new Label(heads[i]);
            h.setStyle("-fx-font-weight: bold;");
            grid.add(h, i, 0);
        }
        int row = 1;
        for (ServiceUsage u : new TreeMap<>(vm.latest()).values()) {
            Label name = new Label(u.containerName());
            name.setOnMouseClicked(e -> choose(u.containerName()));
            name.setStyle("-fx-underline: true;");
            grid.add(name, 0, row);
            grid.add(bar(Math.min(1, u.cpuPercent() / 100), "cpu-bar"), 1, row);
            grid.add(new Label(String.format(Locale.ROOT, "%.1f %%", u.cpuPercent())), 2, row);
            grid.add(bar(u.memoryShare(), "memory-bar"), 3, row);
            grid.add(new Label(bytes(u.memoryBytes()) + " / " + bytes(u.memoryLimitBytes())), 4, row);
            grid.add(new Label(bytes((long) u.netRxPerSecond()) + "/s / " + bytes((long) u.netTxPerSecond()) + "/s"), 5, row);
            grid.add(new Label(bytes((long) u.blockReadPerSecond()) + "/s / " + bytes((long) u.blockWritePerSecond())
                    + "/s"), 6, row);
            row++;
        }
        if (chosen == null && !vm.latest().isEmpty()) {
            chosen = new TreeMap<>(vm.latest()).firstKey();
        }
        plot();
    }

    private void choose(String containerName) {
        chosen = containerName;
        plot();
    }

    private void plot() {
        if (chosen == null) {
            return;
        }
        chart.setTitle(chosen);
        long now = System.currentTimeMillis();
        cpu.getData().setAll(vm.history(chosen).samples().stream()
                .map(u -> new XYChart.Data<Number, Number>(-(now - u.atMillis()) / 1000.0, u.cpuPercent())).toList());
        memory.getData().setAll(vm.history(chosen).samples().stream()
                .map(u -> new XYChart.Data<Number, Number>(-(now - u.atMillis()) / 1000.0, u.memoryShare() * 100))
                .toList());
    }

    private static ProgressBar bar(double value, String style) {
        ProgressBar b = new ProgressBar(value);
        b.getStyleClass().add(style);
        b.setPrefWidth(140);
        return b;
    }

    static String bytes(long n) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = 0;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return u == 0 ? n + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }
}
