package dev.berth.compose.load.validate.spec;

import dev.berth.compose.load.validate.spec.Schema.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A tree value's JSON type and the compose words for types, as messages say them. */
final class JsonTypes {
    private JsonTypes() {}

    static boolean is(Object v, Type t) {
        return switch (t) {
            case NULL -> v == null;
            case BOOLEAN -> v instanceof Boolean;
            case OBJECT -> v instanceof Map<?, ?>;
            case ARRAY -> v instanceof List<?>;
            case NUMBER -> v instanceof Long || v instanceof Double || v instanceof Integer;
            case INTEGER -> v instanceof Long || v instanceof Integer
                    || (v instanceof Double d && !d.isInfinite() && d == Math.rint(d));
            case STRING -> v instanceof String;
        };
    }

    static boolean isAny(Object v, Collection<Type> types) {
        return types.stream().anyMatch(t -> is(v, t));
    }

    /** "a string", "an integer", "a mapping"... */
    static String word(Type t) {
        return switch (t) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "a mapping";
            case ARRAY -> "a sequence";
            case NUMBER -> "a number";
            case INTEGER -> "an integer";
            case STRING -> "a string";
        };
    }

    /** "a boolean or a string", in the spec's order of types. */
    static String words(Collection<Type> types) {
        List<String> w = types.stream().sorted().map(JsonTypes::word).toList();
        return w.size() == 1 ? w.getFirst()
                : String.join(", ", w.subList(0, w.size() - 1)) + " or " + w.getLast();
    }

    /** What the value is, in the same words. */
    static String of(Object v) {
        if (v == null) {
            return "null (an empty value)";
        }
        for (Type t : List.of(Type.BOOLEAN, Type.OBJECT, Type.ARRAY, Type.STRING)) {
            if (is(v, t)) {
                return word(t);
            }
        }
        return "the number " + v;
    }

    /** The value as JSON compares it: numbers by value, mappings and sequences element-wise. */
    static Object comparable(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return d.longValue();
        }
        if (v instanceof Integer i) {
            return i.longValue();
        }
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            m.forEach((k, x) -> out.put(k, comparable(x)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(comparable(x)));
            return out;
        }
        return v;
    }

    static String quoted(List<Object> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
