package dev.berth.ui.insight;

import dev.berth.insight.stats.ServiceUsage;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The inspector's chart of the selected service's last minutes: CPU, memory against its limit, network and disk
 * rates, each a small plot with the current figure above it. Drawn on canvases once a second (a JavaFX LineChart
 * re-lays out every point on each change, which costs more than the streams).
 */
public final class UsageChart extends VBox {
    private final Label title = new Label();
    private final Plot cpu = new Plot("#1e88e5", null);
    private final Plot memory = new Plot("#8e24aa", null);
    private final Plot net = new Plot("#2e7d32", "#f57c00");
    private final Plot disk = new Plot("#6d4c41", "#c62828");
    private final Label cpuText = figure();
    private final Label memoryText = figure();
    private final Label netText = figure();
    private final Label diskText = figure();
    private String service;
    private long lastAt = -1;

    public UsageChart() {
        super(2);
        setId("usage-chart");
        title.getStyleClass().add("usage-chart-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
        getChildren().addAll(title, cpuText, cpu, memoryText, memory, netText, net, diskText, disk);
        setVisible(false);
        setManaged(false);
    }

    /** Shows a service's samples, oldest first; a null service hides the chart. Repaints only on a new sample. */
    void show(String serviceName, List<ServiceUsage> samples) {
        boolean on = serviceName != null && !samples.isEmpty();
        setVisible(on);
        setManaged(on);
        long at = on ? samples.getLast().atMillis() : -1;
        if (!on || (serviceName.equals(service) && at == lastAt)) {
            service = serviceName;
            return;
        }
        service = serviceName;
        lastAt = at;
        ServiceUsage now = samples.getLast();
        title.setText("Live: " + serviceName + " (last " + Plot.span(samples) / 60 + " min " + Plot.span(samples) % 60
                + " s)");
        cpuText.setText("CPU " + UsageBars.percent(now.cpuPercent()) + " of one core");
        memoryText.setText("memory " + ResourcesPane.bytes(now.memoryBytes()) + " of " + ResourcesPane.bytes(now.memoryLimitBytes())
                + " (" + UsageBars.percent(now.memoryShare() * 100) + ")");
        netText.setText("network ↓ " + rate(now.netRxPerSecond()) + "  ↑ " + rate(now.netTxPerSecond()));
        diskText.setText("disk read " + rate(now.blockReadPerSecond()) + "  write " + rate(now.blockWritePerSecond()));
        cpu.draw(samples, ServiceUsage::cpuPercent, null, 100);
        memory.draw(samples, u -> u.memoryShare() * 100, null, 100);
        net.draw(samples, ServiceUsage::netRxPerSecond, ServiceUsage::netTxPerSecond, 1024);
        disk.draw(samples, ServiceUsage::blockReadPerSecond, ServiceUsage::blockWritePerSecond, 1024);
    }

    private static String rate(double perSecond) {
        return ResourcesPane.bytes((long) perSecond) + "/s";
    }

    private static Label figure() {
        Label l = new Label();
        l.getStyleClass().add("usage-chart-figure");
        l.setStyle("-fx-font-size: 13;");
        return l;
    }

    /** The service charted now (tests). */
    public String service() {
        return service;
    }

    /** One small plot: one or two series against time, scaled to at least {@code floor}. */
    static final class Plot extends javafx.scene.canvas.Canvas {
        static final double HEIGHT = 46;
        private final String first;
        private final String second;

        Plot(String first, String second) {
            super(280, HEIGHT);
            this.first = first;
            this.second = second;
            getStyleClass().add("usage-plot");
        }

        /** Seconds from the oldest sample to the newest. */
        static long span(List<ServiceUsage> samples) {
            return (samples.getLast().atMillis() - samples.getFirst().atMillis()) / 1000;
        }

        void draw(List<ServiceUsage> samples, ToDoubleFunction<ServiceUsage> a, ToDoubleFunction<ServiceUsage> b,
                  double floor) {
            var g = getGraphicsContext2D();
            double w = getWidth();
            double h = getHeight();
            g.clearRect(0, 0, w, h);
            g.setFill(javafx.scene.paint.Color.web("#90a4ae", 0.15));
            g.fillRect(0, 0, w, h);
            double top = floor;
            for (ServiceUsage u : samples) {
                top = Math.max(top, Math.max(a.applyAsDouble(u), b == null ? 0 : b.applyAsDouble(u)));
            }
            long newest = samples.getLast().atMillis();
            double window = Math.max(60_000, newest - samples.getFirst().atMillis());
            line(samples, a, first, top, newest, window);
            if (b != null) {
                line(samples, b, second, top, newest, window);
            }
        }

        private void line(List<ServiceUsage> samples, ToDoubleFunction<ServiceUsage> f, String colour, double top,
                          long newest, double window) {
            var g = getGraphicsContext2D();
            double w = getWidth();
            double h = getHeight();
            g.setStroke(javafx.scene.paint.Color.web(colour));
            g.setLineWidth(2);
            g.beginPath();
            boolean firstPoint = true;
            for (ServiceUsage u : samples) {
                double x = w - (newest - u.atMillis()) / window * w;
                double y = h - 2 - f.applyAsDouble(u) / top * (h - 4);
                if (firstPoint) {
                    g.moveTo(x, y);
                    firstPoint = false;
                } else {
                    g.lineTo(x, y);
                }
            }
            g.stroke();
        }
    }
}
