package dev.berth.cli;

import java.util.List;

/**
 * Aligned columns as the engine's CLI prints its tables (Go's tabwriter): each column but the last is as wide as
 * its widest cell plus {@code padding}, and at least {@code minWidth}; the last column is not padded.
 */
final class Table {
    /** ps: no minimum width, three spaces between columns. */
    static final Table PS = new Table(0, 3);
    /** ls, images: columns of 20 at least. */
    static final Table WIDE = new Table(20, 3);
    /** The engine CLI's formatter (volumes, stats): columns of 10 at least, three spaces between. */
    static final Table FORMATTER = new Table(10, 3);
    /** top. */
    static final Table NARROW = new Table(4, 2);

    private final int minWidth;
    private final int padding;

    private Table(int minWidth, int padding) {
        this.minWidth = minWidth;
        this.padding = padding;
    }

    /** The rows (the header first) as lines, each ending with a newline. */
    String render(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() - 1; i++) {
                width[i] = Math.max(width[i], Math.max(minWidth, cell(row, i).length() + padding));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String c = cell(row, i);
                out.append(c);
                if (i < row.size() - 1) {
                    out.append(" ".repeat(width[i] - c.length()));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String cell(List<String> row, int i) {
        String c = row.get(i);
        return c == null ? "" : c;
    }
}
