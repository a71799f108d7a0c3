package dev.berth.ui.insight;

import dev.berth.insight.stats.ServiceUsage;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A running service's CPU and memory (against its limit) as two small bars with their figures, laid over its box in
 * the drawing. Plain shapes, sized by hand: an update changes two widths and two texts, no layout of the box.
 */
public final class UsageBars extends HBox {
    static final double BAR_WIDTH = 34;
    static final double BAR_HEIGHT = 9;
    private final Rectangle cpuFill = fill("usage-cpu-fill", "#1e88e5");
    private final Rectangle memoryFill = fill("usage-memory-fill", "#8e24aa");
    private final Text cpuText = figure();
    private final Text memoryText = figure();
    private ServiceUsage shown;

    public UsageBars() {
        super(4);
        getStyleClass().add("usage-bars");
        setAlignment(Pos.CENTER_LEFT);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        getChildren().addAll(label("CPU"), bar(cpuFill), cpuText, label("MEM"), bar(memoryFill), memoryText);
        setVisible(false);
    }

    /** Shows a sample (null hides the bars: the service stopped or is no longer followed). */
    public void show(ServiceUsage u) {
        if (u == shown) {
            return;
        }
        shown = u;
        setVisible(u != null);
        if (u != null) {
            cpuFill.setWidth(BAR_WIDTH * Math.min(1, u.cpuPercent() / 100));
            memoryFill.setWidth(BAR_WIDTH * u.memoryShare());
            cpuText.setText(percent(u.cpuPercent()));
            memoryText.setText(percent(u.memoryShare() * 100));
        }
    }

    public ServiceUsage shown() {
        return shown;
    }

    static String percent(double p) {
        return p < 10 ? String.format(Locale.ROOT, "%.1f%%", p) : String.format(Locale.ROOT, "%.0f%%", p);
    }

    private static StackPane bar(Rectangle fill) {
        Rectangle track = new Rectangle(BAR_WIDTH, BAR_HEIGHT, Color.web("#90a4ae", 0.35));
        track.getStyleClass().add("usage-track");
        StackPane bar = new StackPane(track, fill);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Rectangle fill(String style, String colour) {
        Rectangle r = new Rectangle(0, BAR_HEIGHT, Color.web(colour));
        r.getStyleClass().addAll("usage-fill", style);
        return r;
    }

    private static Text label(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("usage-label");
        t.setFont(Font.font("System", FontWeight.BOLD, 10));
        t.setFill(Color.web("#546e7a"));
        return t;
    }

    private static Text figure() {
        Text t = new Text();
        t.getStyleClass().add("usage-figure");
        t.setFont(Font.font("System", FontWeight.BOLD, 13));
        t.setWrappingWidth(34); // a fixed width: a changing figure does not move the next bar
        return t;
    }
}
