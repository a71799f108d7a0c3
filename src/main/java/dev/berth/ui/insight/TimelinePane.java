package dev.berth.ui.insight;

import dev.berth.compose.model.Project;
import dev.berth.insight.timeline.GanttChart;
import dev.berth.insight.timeline.GanttSvg;
import dev.berth.insight.timeline.Shortening;
import dev.berth.insight.timeline.StartupTimeline;
import dev.berth.insight.timeline.TimelineText;
import dev.berth.ui.topology.PngExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The last up's timeline: the chart, the critical path in words, and what would shorten it. */
public final class TimelinePane extends VBox {
    private final GanttPane gantt = new GanttPane();
    private final Label path = new Label("No up recorded yet: press Up, and the start-up's timeline appears here.");
    private final VBox advice = new VBox(4);

    public TimelinePane() {
        super(8);
        setId("timeline-pane");
        setStyle("-fx-padding: 12;");
        path.setId("critical-path");
        path.setWrapText(true);
        path.setStyle("-fx-font-size: 15; -fx-font-weight: bold;");
        advice.setId("timeline-advice");
        HBox legend = new HBox(12);
        for (GanttChart.Phase p : GanttChart.Phase.values()) {
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(14, 14,
                    javafx.scene.paint.Color.web(GanttSvg.colour(p)));
            legend.getChildren().add(new Label(p.name().toLowerCase(), swatch));
        }
        javafx.scene.shape.Rectangle outline = new javafx.scene.shape.Rectangle(14, 14, javafx.scene.paint.Color.WHITE);
        outline.setStroke(javafx.scene.paint.Color.web("#c62828"));
        outline.setStrokeWidth(3);
        Label critical = new Label("critical path", outline);
        critical.setStyle("-fx-font-weight: bold;");
        legend.getChildren().add(critical);
        getChildren().addAll(path, legend, new ScrollPane(gantt), advice);
    }

    public void show(StartupTimeline t, Project project) {
        if (t == null || t.criticalPath().isEmpty()) {
            return;
        }
        path.setText("Critical path " + String.format(java.util.Locale.ROOT, "%.2f s", t.total().toNanos() / 1e9)
                + ": " + String.join(" → ", TimelineText.chain(t)));
        gantt.show(GanttChart.of(t));
        advice.getChildren().clear();
        for (String s : Shortening.of(t, project)) {
            Label l = new Label("• " + s);
            l.setWrapText(true);
            advice.getChildren().add(l);
        }
    }

    public void exportPng(Path file) throws IOException {
        PngExport.write(gantt, file);
    }

    public static void exportSvg(StartupTimeline t, Path file) throws IOException {
        Files.writeString(file, GanttSvg.render(GanttChart.of(t), "Start-up timeline"));
    }
}
