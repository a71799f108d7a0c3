package dev.berth.compose.load.validate;

import java.util.List;
import java.util.Map;

/** Typed reads of plain trees. */
final class Trees {
    private Trees() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value instanceof List<?> l ? (List<Object>) l : null;
    }
}
