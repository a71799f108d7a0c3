package dev.berth.compose.load.merge;

/** Prints a scalar as Go's {@code %v} does, since merged key/value lists are built with it. */
public final class GoText {
    private GoText() {}

    public static String of(Object v) {
        if (v == null) {
            return "<nil>";
        }
        if (v instanceof Double d) {
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
                return Long.toString(d.longValue());
            }
            String s = Double.toString(d);
            return s.contains("E") ? s.replace("E", "e+").replace("e+-", "e-") : s;
        }
        return String.valueOf(v);
    }
}
