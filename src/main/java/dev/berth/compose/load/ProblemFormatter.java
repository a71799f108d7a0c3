package dev.berth.compose.load;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

/** Formats problems the one way CLI and UI show them: file:line:col: path: message, the line, a caret, a hint. */
public final class ProblemFormatter {

    public String format(List<Problem> problems) {
        return problems.stream().sorted().map(this::format).collect(Collectors.joining("\n"));
    }

    public String format(Problem p) {
        StringBuilder out = new StringBuilder();
        if (p.location() != null) {
            out.append(p.location()).append(": ");
        }
        if (p.path() != null && !p.path().isEmpty()) {
            out.append(p.path()).append(": ");
        }
        out.append(p.message());
        String source = sourceLine(p);
        if (source != null) {
            String number = String.valueOf(p.location().line());
            out.append("\n    ").append(number).append(" | ").append(source);
            out.append("\n    ").append(" ".repeat(number.length())).append(" | ")
                    .append(" ".repeat(Math.max(0, p.location().column() - 1))).append('^');
        }
        if (p.hint() != null) {
            out.append("\n  hint: ").append(p.hint());
        }
        return out.toString();
    }

    private static String sourceLine(Problem p) {
        if (p.location() == null || p.location().file() == null || p.location().line() < 1) {
            return null;
        }
        try (var lines = Files.lines(p.location().file())) {
            return lines.skip(p.location().line() - 1L).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
