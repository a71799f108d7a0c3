package dev.berth.compose.load.canonical;

import dev.berth.compose.load.canonical.GoType.Kind;
import dev.berth.compose.load.canonical.GoType.Ptr;
import dev.berth.compose.load.canonical.GoType.Scalar;
import dev.berth.compose.load.canonical.GoType.Struct;
import java.util.List;
import java.util.Map;

/** Go's "empty value" for omitempty: pointers only when nil; value structs when all their fields are empty. */
final class Zero {
    private Zero() {}

    static boolean is(Object v, GoType type) {
        if (v == null) {
            return true;
        }
        if (type instanceof Ptr) {
            return false;
        }
        if (type instanceof Struct s) {
            return s.value() && v instanceof Map<?, ?> m && m.isEmpty();
        }
        if (type instanceof Scalar s) {
            if (s.kind() == Kind.BYTES) {
                return "0".equals(v);
            }
            if (s.kind() == Kind.DURATION) {
                return "0s".equals(v);
            }
            if (s.kind() == Kind.OPT_OUT) {
                return Boolean.FALSE.equals(v);
            }
        }
        return switch (v) {
            case String str -> str.isEmpty();
            case Boolean b -> !b;
            case Long l -> l == 0;
            case Double d -> d == 0;
            case List<?> l -> l.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            default -> false;
        };
    }
}
