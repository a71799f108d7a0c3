package dev.berth.compose.load.validate;

import java.util.List;
import java.util.Map;

/** The compose word for a value's type, as messages say it. */
final class Kind {
    private Kind() {}

    static String of(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a sequence";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a string";
    }
}
