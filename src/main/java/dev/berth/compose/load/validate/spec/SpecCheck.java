package dev.berth.compose.load.validate.spec;

import dev.berth.compose.load.validate.spec.Failure.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a tree against a {@link Schema}, keyword by keyword as JSON schema draft-07 does. Every failure
 * is kept, except inside a {@code oneOf} where none of the forms fit: there, like the reference, only
 * the deepest failure of all forms is reported (ties go to the first form), since it names what the
 * user most likely meant.
 */
public final class SpecCheck {
    private final List<Failure> out = new ArrayList<>();

    private SpecCheck() {}

    /** The failures of a whole compose file's tree. */
    public static List<Failure> file(Map<String, Object> tree) {
        return check(tree, ComposeSpec.ROOT);
    }

    public static List<Failure> check(Object value, Schema schema) {
        SpecCheck c = new SpecCheck();
        c.validate(value, schema, "", 0);
        return List.copyOf(c.out);
    }

    private void validate(Object v, Schema s, String path, int depth) {
        if (s.ref != null) {
            validate(v, ComposeSpec.definition(s.ref), path, depth);
            return;
        }
        if (!s.types.isEmpty() && !JsonTypes.isAny(v, s.types)) {
            out.add(new Failure(Kind.TYPE, path, depth, "must be " + JsonTypes.words(s.types) + ", not "
                    + JsonTypes.of(v), s.hint != null ? s.hint : nullHint(v), null, null, s.types));
            return;
        }
        if (!s.enumValues.isEmpty() && !s.enumValues.contains(v)) {
            out.add(new Failure(Kind.ENUM, path, depth, "must be one of " + JsonTypes.quoted(s.enumValues)
                    + ", not '" + v + "'", s.hint, String.valueOf(v), s.enumValues.stream().map(String::valueOf)
                    .toList(), null));
        }
        switch (v) {
            case String str -> string(str, s, path, depth);
            case Number n -> range(n, s, path, depth);
            case Map<?, ?> m -> object(m, s, path, depth);
            case List<?> l -> array(l, s, path, depth);
            case null, default -> { }
        }
        if (!s.oneOf.isEmpty()) {
            oneOf(v, s, path, depth);
        }
    }

    private static String nullHint(Object v) {
        return v == null ? "an empty value reads as null: give it a value or remove it" : null;
    }

    private void string(String v, Schema s, String path, int depth) {
        if (s.pattern != null && !s.pattern.matcher(v).find()) {
            out.add(Failure.of(Kind.PATTERN, path, depth, "must match the pattern '" + s.pattern.pattern()
                    + "', not '" + v + "'", s.hint));
        }
    }

    private void range(Number n, Schema s, String path, int depth) {
        double d = n.doubleValue();
        if (s.minimum != null && d < s.minimum) {
            out.add(Failure.of(Kind.RANGE, path, depth, "must be greater than or equal to " + number(s.minimum)
                    + ", not " + n, s.hint));
        }
        if (s.maximum != null && d > s.maximum) {
            out.add(Failure.of(Kind.RANGE, path, depth, "must be less than or equal to " + number(s.maximum)
                    + ", not " + n, s.hint));
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private void object(Map<?, ?> m, Schema s, String path, int depth) {
        for (String name : s.required) {
            if (!m.containsKey(name)) {
                out.add(Failure.of(Kind.REQUIRED, path, depth, "missing required attribute '" + name + "'",
                        s.hint));
            }
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String key = String.valueOf(e.getKey());
            String child = path.isEmpty() ? key : path + "." + key;
            boolean known = false;
            Schema prop = s.properties.get(key);
            if (prop != null) {
                validate(e.getValue(), prop, child, depth + 1);
                known = true;
            }
            for (Map.Entry<String, Pattern> p : s.compiled.entrySet()) {
                if (p.getValue().matcher(key).find()) {
                    validate(e.getValue(), s.patternProperties.get(p.getKey()), child, depth + 1);
                    known = true;
                }
            }
            if (!known && s.closed) {
                out.add(unknown(key, s, path, child, depth + 1));
            }
        }
    }

    private static Failure unknown(String key, Schema s, String path, String child, int depth) {
        if (s.properties.isEmpty()) {
            return Failure.of(Kind.UNKNOWN, child, depth, "'" + key + "' is not a valid name",
                    "names may have only letters, digits, '.', '_' and '-'");
        }
        String where = path.isEmpty() ? "unknown top-level attribute '" : "unknown attribute '";
        return new Failure(Kind.UNKNOWN, child, depth, where + key + "'", null, key,
                List.copyOf(s.properties.keySet()), null);
    }

    private void array(List<?> l, Schema s, String path, int depth) {
        Map<Object, Integer> seen = s.unique ? new HashMap<>() : null;
        for (int i = 0; i < l.size(); i++) {
            String child = path + "[" + i + "]";
            if (s.items != null) {
                validate(l.get(i), s.items, child, depth + 1);
            }
            if (seen != null) {
                Integer first = seen.putIfAbsent(JsonTypes.comparable(l.get(i)), i);
                if (first != null) {
                    out.add(Failure.of(Kind.UNIQUE, child, depth + 1, "repeats item [" + first + "] ('"
                            + l.get(i) + "')", "each item may appear once: remove the repetition"));
                }
            }
        }
    }

    private void oneOf(Object v, Schema s, String path, int depth) {
        List<Failure> all = new ArrayList<>();
        int fitting = 0;
        for (Schema branch : s.oneOf) {
            SpecCheck c = new SpecCheck();
            c.validate(v, branch, path, depth);
            fitting += c.out.isEmpty() ? 1 : 0;
            all.addAll(c.out);
        }
        if (fitting == 0) {
            out.add(deepest(all, path));
        } else if (fitting > 1) {
            out.add(Failure.of(Kind.ONE_OF, path, depth, "fits more than one of the forms the spec allows", null));
        }
    }

    /** The reference's choice among the forms' failures; type failures of the value itself are merged. */
    private static Failure deepest(List<Failure> all, String path) {
        Failure best = all.getFirst();
        for (Failure f : all) {
            // a deeper failure, or one as deep inside a form whose type fit: what the user meant
            if (f.depth() > best.depth() || (f.depth() == best.depth() && best.kind() == Kind.TYPE
                    && f.kind() != Kind.TYPE)) {
                best = f;
            }
        }
        if (best.kind() != Kind.TYPE || !best.path().equals(path)) {
            return best;
        }
        java.util.Set<Schema.Type> expected = java.util.EnumSet.noneOf(Schema.Type.class);
        for (Failure f : all) {
            if (f.kind() == Kind.TYPE && f.path().equals(path)) {
                expected.addAll(f.expected());
            }
        }
        String message = best.message().replaceFirst("^must be .*?, not ", "must be " + JsonTypes.words(expected)
                + ", not ");
        return new Failure(Kind.TYPE, path, best.depth(), message, best.hint(), null, null, expected);
    }
}
