package dev.berth.ui.insight;

import dev.berth.insight.timeline.GanttChart;
import dev.berth.insight.timeline.GanttSvg;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** The start-up chart drawn with shapes: a row per service, critical bars outlined in red, an axis in seconds. */
public final class GanttPane extends Pane {
    private static final double LABEL = 150;
    private static final double ROW = 34;
    private static final double WIDTH = 960;

    public GanttPane() {
        getStyleClass().add("gantt");
        setId("gantt");
        setStyle("-fx-background-color: white;");
    }

    public void show(GanttChart chart) {
        getChildren().clear();
        double scale = (WIDTH - LABEL - 30) / Math.max(chart.end(), 0.001);
        double y = 10;
        for (GanttChart.Row row : chart.rows()) {
            Text name = text(row.serviceName(), 10, y + ROW / 2, 15);
            getChildren().add(name);
            for (GanttChart.Bar bar : row.bars()) {
                getChildren().add(bar(bar, y, scale, row));
            }
            y += ROW;
        }
        getChildren().add(new Line(LABEL, y + 4, WIDTH - 20, y + 4));
        double step = chart.end() <= 5 ? 0.5 : chart.end() <= 20 ? 2 : chart.end() <= 60 ? 5 : 15;
        for (double s = 0; s <= chart.end() + 1e-9; s += step) {
            getChildren().add(text(String.format(Locale.ROOT, step < 1 ? "%.1f s" : "%.0f s", s),
                    LABEL + s * scale, y + 18, 12));
        }
        setPrefSize(WIDTH, y + 36);
        setMinSize(WIDTH, y + 36);
    }

    private Rectangle bar(GanttChart.Bar bar, double y, double scale, GanttChart.Row row) {
        Rectangle r = new Rectangle(LABEL + bar.from() * scale, y + 6, Math.max(2, (bar.to() - bar.from()) * scale),
                ROW - 12);
        r.setFill(Color.web(GanttSvg.colour(bar.phase())));
        r.getStyleClass().add(bar.critical() ? "gantt-critical" : "gantt-bar");
        if (bar.critical()) {
            r.setStroke(Color.web("#c62828"));
            r.setStrokeWidth(3);
        }
        String note = row.note().isEmpty() ? "" : "\nwaits for " + row.note();
        Tooltip.install(r, new Tooltip(String.format(Locale.ROOT, "%s %s: %.2f s → %.2f s%s%s", row.serviceName(),
                bar.phase().name().toLowerCase(Locale.ROOT), bar.from(), bar.to(),
                bar.critical() ? " (critical path)" : "", note)));
        return r;
    }

    private static Text text(String s, double x, double y, double size) {
        Text t = new Text(x, y, s);
        t.setFont(Font.font(size));
        t.setTextOrigin(VPos.CENTER);
        return t;
    }
}
