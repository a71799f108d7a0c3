package dev.berth.compose.load.canonical;

import dev.berth.compose.load.canonical.GoType.Field;
import dev.berth.compose.load.canonical.GoType.ListOf;
import dev.berth.compose.load.canonical.GoType.MapOf;
import dev.berth.compose.load.canonical.GoType.Ptr;
import dev.berth.compose.load.canonical.GoType.Scalar;
import dev.berth.compose.load.canonical.GoType.Struct;
import java.util.List;
import java.util.Map;

/**
 * Walks a tree along its Go type. In {@link Mode#CANONICAL} it coerces scalars, orders struct fields and
 * drops zero values as compose-go's decode/encode round trip does (extensions kept, as YAML shows them).
 * In {@link Mode#JSON} it makes the differences of encoding/json: extensions of structs dropped, absent
 * value structs printed as {}, command and entrypoint printed as null.
 */
public final class Typed {
    public enum Mode { CANONICAL, JSON }

    private final Mode mode;
    private final Shape shape;

    private Typed(Mode mode, Shape shape) {
        this.mode = mode;
        this.shape = shape;
    }

    static Object canonical(Object value, GoType type, String path, Shape shape) {
        return new Typed(Mode.CANONICAL, shape).walk(value, type, path);
    }

    /** The JSON view of a canonical value. */
    public static Object json(Object value, GoType type) {
        return new Typed(Mode.JSON, null).walk(value, type, "");
    }

    private Object walk(Object value, GoType type, String path) {
        return switch (type) {
            case Scalar s -> mode == Mode.CANONICAL ? Coerce.to(s.kind(), value, path, shape) : value;
            case Ptr p -> walk(value, p.elem(), path);
            case ListOf l -> list(value, l, path);
            case MapOf m -> map(value, m, path);
            case Struct s -> struct(value, s, path);
        };
    }

    /** Untyped values (extensions) are Go maps: their keys print sorted, at every level. */
    static Object sorted(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = Trees.newMap();
            new java.util.TreeMap<String, Object>(Trees.map(m)).forEach((k, v) -> out.put(k, sorted(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = Trees.newList();
            l.forEach(v -> out.add(sorted(v)));
            return out;
        }
        return value;
    }

    private Object list(Object value, ListOf type, String path) {
        List<Object> in = Trees.list(value);
        if (in == null) {
            return value;
        }
        List<Object> out = Trees.newList();
        for (int i = 0; i < in.size(); i++) {
            out.add(walk(in.get(i), type.elem(), path + "[" + i + "]"));
        }
        return out;
    }

    private Object map(Object value, MapOf type, String path) {
        Map<String, Object> in = Trees.map(value);
        if (in == null) {
            return value;
        }
        Map<String, Object> out = Trees.newMap();
        new java.util.TreeMap<>(in).forEach((k, v) ->
                out.put(k, v == null && type.nullable() ? null : walk(v, type.elem(), path + "." + k)));
        return out;
    }

    private Object struct(Object value, Struct type, String path) {
        Map<String, Object> in = Trees.map(value);
        if (in == null) {
            return value == null && mode == Mode.JSON ? Trees.newMap() : value;
        }
        Map<String, Object> out = Trees.newMap();
        for (Field field : type.fields().values()) {
            if (field.outName() == null) {
                continue;
            }
            String key = in.containsKey(field.name()) ? field.name() : field.outName();
            if (in.containsKey(key)) {
                Object v = walk(in.get(key), field.type(), path + "." + field.name());
                if (!(field.omitEmpty() && Zero.is(v, field.type()))) {
                    out.put(mode == Mode.JSON ? field.outName() : field.name(), v);
                }
            } else if (mode == Mode.JSON && field.alwaysJson()) {
                out.put(field.name(), null);
            } else if (mode == Mode.JSON && field.type() instanceof Struct s && s.value()) {
                out.put(field.name(), walk(Trees.newMap(), s, path + "." + field.name()));
            }
        }
        in.forEach((k, v) -> {
            if (!type.fields().containsKey(k) && !out.containsKey(k) && !(mode == Mode.JSON && k.startsWith("x-"))) {
                out.put(k, sorted(v));
            }
        });
        return out;
    }
}
