package dev.berth.insight.advice;

import dev.berth.compose.model.Location;
import java.nio.file.Path;
import java.util.List;

/** Findings as lines for a terminal: {@code file:line:col: [rule] message}, the why, and the fix when asked. */
public final class AdviceText {
    private AdviceText() {}

    public static String render(List<Finding> findings, Path base, boolean withFixes) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(where(f.location(), base)).append("[").append(f.rule()).append("] ").append(f.message())
                    .append('\n').append("    why: ").append(f.why()).append('\n');
            if (f.fix() != null) {
                b.append("    fix: ").append(f.fix().title()).append('\n');
                if (withFixes) {
                    f.fix().preview().forEach(l -> b.append("      ").append(l).append('\n'));
                }
            }
        }
        long fixable = findings.stream().filter(f -> f.fix() != null).count();
        b.append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append(", ")
                .append(fixable).append(" with a mechanical fix\n");
        return b.toString();
    }

    /** {@code path:line:col: } with the path relative to {@code base} when it lies under it. */
    public static String where(Location l, Path base) {
        if (l == null) {
            return "";
        }
        Path file = l.file();
        String name = file == null ? "<input>" : base != null && file.startsWith(base) ? base.relativize(file).toString()
                : file.toString();
        return name + ":" + l.line() + ":" + l.column() + ": ";
    }
}
