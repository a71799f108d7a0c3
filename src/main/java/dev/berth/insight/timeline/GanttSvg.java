package dev.berth.insight.timeline;

import java.util.Locale;

/** The chart as an SVG document: a row per service, the critical path's bars outlined in red, an axis in seconds. */
public final class GanttSvg {
    static final int LABEL = 140;
    static final int ROW = 28;
    static final int WIDTH = 900;

    private GanttSvg() {}

    public static String render(GanttChart chart, String title) {
        double scale = (WIDTH - LABEL - 20) / Math.max(chart.end(), 0.001);
        int height = 60 + ROW * chart.rows().size() + 30;
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"13\">%n", WIDTH, height));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        b.append("<text x=\"10\" y=\"24\" font-size=\"16\">").append(escape(title)).append("</text>\n");
        int y = 50;
        for (GanttChart.Row row : chart.rows()) {
            b.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + 18, escape(row.serviceName())));
            for (GanttChart.Bar bar : row.bars()) {
                b.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"%s/>%n",
                        LABEL + bar.from() * scale, y + 4, Math.max(1, (bar.to() - bar.from()) * scale), ROW - 8,
                        colour(bar.phase()), bar.critical() ? " stroke=\"#c62828\" stroke-width=\"3\"" : ""));
            }
            y += ROW;
        }
        axis(b, chart.end(), scale, y + 16);
        return b.append("</svg>\n").toString();
    }

    private static void axis(StringBuilder b, double end, double scale, int y) {
        double step = end <= 5 ? 0.5 : end <= 20 ? 2 : end <= 60 ? 5 : 15;
        for (double s = 0; s <= end + 1e-9; s += step) {
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#555\">%s s</text>%n",
                    LABEL + s * scale, y, step < 1 ? String.format(Locale.ROOT, "%.1f", s) : String.valueOf((long) s)));
        }
    }

    /** The colour of a phase, shared with the window's chart. */
    public static String colour(GanttChart.Phase phase) {
        return switch (phase) {
            case PREPARE -> "#b0bec5";
            case WAITING -> "#ffe082";
            case CHECKING -> "#ffb74d";
            case RUNNING -> "#81c784";
            case COMPLETED -> "#64b5f6";
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
