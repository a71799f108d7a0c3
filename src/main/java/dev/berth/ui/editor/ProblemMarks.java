package dev.berth.ui.editor;

import dev.berth.compose.load.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Where to underline problems in a text: from the problem's column to the end of the word there (a key
 * without its colon, a value up to the next space), or the line's text when the column is past it.
 * Lines and columns are 1-based as the loader reports them; marks are 0-based as the editor counts.
 */
final class ProblemMarks {
    /** An underline on {@code line} (0-based) from column {@code from} to {@code to} (exclusive). */
    record Mark(int line, int from, int to, Problem problem) {
        boolean covers(int atLine, int column) {
            return atLine == line && column >= from && column <= to;
        }
    }

    private ProblemMarks() {}

    static List<Mark> of(List<Problem> problems, List<String> lines) {
        List<Mark> marks = new ArrayList<>();
        for (Problem p : problems) {
            int line = Math.max(1, p.location().line()) - 1;
            if (line < lines.size()) {
                marks.add(mark(p, line, lines.get(line)));
            } else if (!lines.isEmpty()) {
                int last = lines.size() - 1;
                marks.add(new Mark(last, 0, lines.get(last).length(), p));
            }
        }
        return marks;
    }

    private static Mark mark(Problem p, int line, String text) {
        int start = Math.max(1, p.location().column()) - 1;
        if (start >= text.length() || Character.isWhitespace(text.charAt(start))) {
            int first = text.length() - text.stripLeading().length();
            return new Mark(line, Math.min(first, text.length()), text.length(), p);
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && !keyEnd(text, end)) {
            end++;
        }
        return new Mark(line, start, Math.max(end, start + 1), p);
    }

    /** The colon that ends a mapping key: followed by a space or the end of the line. */
    private static boolean keyEnd(String text, int at) {
        return text.charAt(at) == ':' && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1)));
    }

    static Mark at(List<Mark> marks, int line, int column) {
        return marks.stream().filter(m -> m.covers(line, column)).findFirst().orElse(null);
    }
}
