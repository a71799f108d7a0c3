package dev.berth.compose.load.canonical;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Go type compose-go decodes an attribute into, as far as it shapes the output: how a value is
 * coerced, whether a zero value is omitted, and in which order struct fields are printed.
 */
public sealed interface GoType {

    /** Scalar kinds; each knows its coercion (see {@link Coerce}). */
    enum Kind { STRING, INT, UINT16, UINT32, UINT64, FLOAT, BOOL, BYTES, DURATION, NANO_CPUS, ANY, SHELL, STRING_LIST, MAPPING_EQUALS,
        LABELS, HOSTS, ULIMIT, FILE_MODE, DEVICE_COUNT, EXTERNAL, OPT_OUT, MULTI_OPTIONS }

    record Scalar(Kind kind) implements GoType {}

    /** A Go pointer: present values are printed even when zero. */
    record Ptr(GoType elem) implements GoType {}

    record ListOf(GoType elem) implements GoType {}

    /** A Go map; nullable when its values are pointers (printed as null). */
    record MapOf(GoType elem, boolean nullable) implements GoType {}

    /**
     * A Go struct. {@code value} is a non-pointer struct field: encoding/json prints it (as {}) even when absent,
     * yaml omits it when empty.
     */
    record Struct(String name, Map<String, Field> fields, boolean value) implements GoType {
        public Struct asValue() {
            return new Struct(name, fields, true);
        }
    }

    /**
     * @param omitEmpty  drop zero values (Go's omitempty)
     * @param alwaysJson printed by JSON even when absent, as null (command and entrypoint)
     */
    record Field(String name, GoType type, boolean omitEmpty, boolean alwaysJson, String outName) {
        public Field(String name, GoType type, boolean omitEmpty, boolean alwaysJson) {
            this(name, type, omitEmpty, alwaysJson, name);
        }
    }

    /** An attribute the schema accepts but the reference's types do not keep, so it is never printed. */
    static Field notPrinted(String name, GoType type) {
        return new Field(name, type, true, false, null);
    }

    /** A field of a Go struct without tags: read as written, printed with the Go field name. */
    static Field untagged(String name, String goName, GoType type) {
        return new Field(name, type, false, false, goName);
    }

    static Scalar scalar(Kind kind) {
        return new Scalar(kind);
    }

    static Field f(String name, GoType type) {
        return new Field(name, type, true, false);
    }

    static Field f(String name, Kind kind) {
        return new Field(name, new Scalar(kind), true, false);
    }

    static Field kept(String name, GoType type) {
        return new Field(name, type, false, false);
    }

    static Struct struct(String name, Field... fields) {
        Map<String, Field> m = new LinkedHashMap<>();
        Arrays.stream(fields).forEach(field -> m.put(field.name(), field));
        return new Struct(name, m, false);
    }

    static ListOf list(GoType elem) {
        return new ListOf(elem);
    }

    static ListOf list(Kind elem) {
        return new ListOf(new Scalar(elem));
    }

    static MapOf map(GoType elem) {
        return new MapOf(elem, false);
    }

    static MapOf nullableMap(GoType elem) {
        return new MapOf(elem, true);
    }

    static Ptr ptr(GoType elem) {
        return new Ptr(elem);
    }

    static Ptr ptr(Kind elem) {
        return new Ptr(new Scalar(elem));
    }

    static List<String> names(Struct s) {
        return List.copyOf(s.fields().keySet());
    }
}
