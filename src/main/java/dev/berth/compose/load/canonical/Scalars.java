package dev.berth.compose.load.canonical;

/** Type coercion of scalars after interpolation, where the schema wants a number or a boolean. */
final class Scalars {
    private Scalars() {}

    /** An integer from a number or its text; other values are returned as they are (validation reports them). */
    static Object integer(Object value) {
        if (value instanceof Double d && d == Math.rint(d)) {
            return d.longValue();
        }
        if (value instanceof String s) {
            try {
                return Long.parseLong(s.trim());
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /** A boolean from YAML 1.1 words as compose accepts them (true/false/yes/no/on/off), else unchanged. */
    static Object bool(Object value) {
        if (value instanceof String s) {
            switch (s.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "y", "on" -> {
                    return true;
                }
                case "false", "no", "n", "off" -> {
                    return false;
                }
                default -> {
                    return value;
                }
            }
        }
        return value;
    }
}
