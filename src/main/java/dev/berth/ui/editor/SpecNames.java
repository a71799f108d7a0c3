package dev.berth.ui.editor;

import dev.berth.compose.load.validate.spec.ComposeSpec;
import dev.berth.compose.load.validate.spec.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The attribute names (and the values it names) the Compose Specification allows at a place in a file, read from the same
 * schema the loader validates with ({@link ComposeSpec}): a path of keys, {@code "-"} for a list
 * item, leads through properties, name patterns, {@code $ref}s and every {@code oneOf} form.
 */
final class SpecNames {
    private SpecNames() {}

    static List<String> under(List<String> path) {
        List<Schema> here = List.of(ComposeSpec.ROOT);
        for (String segment : path) {
            here = step(here, segment);
        }
        TreeSet<String> names = new TreeSet<>();
        expand(here).forEach(s -> names.addAll(s.properties().keySet()));
        return List.copyOf(names);
    }

    /**
     * The values the spec names for the attribute at {@code path}: its {@code enum}, the plain words of a
     * pattern made of alternatives (pull_policy's {@code always|never|…}), its examples, true and false
     * for a boolean. Empty where the value is the person's own (an image, a port).
     */
    static List<String> values(List<String> path) {
        List<Schema> here = List.of(ComposeSpec.ROOT);
        for (String segment : path) {
            here = step(here, segment);
        }
        java.util.LinkedHashSet<String> values = new java.util.LinkedHashSet<>();
        for (Schema s : expand(here)) {
            s.enumeration().forEach(v -> values.add(String.valueOf(v)));
            values.addAll(words(s.patternText()));
            s.exampleValues().forEach(v -> values.add(String.valueOf(v)));
            if (s.types().contains(Schema.Type.BOOLEAN)) {
                values.add("true");
                values.add("false");
            }
        }
        return List.copyOf(values);
    }

    /** The alternatives of {@code ^(a|b|c)$} that are plain words; a regular expression among them is not a value. */
    private static List<String> words(String pattern) {
        if (pattern == null) {
            return List.of();
        }
        String body = pattern.replaceAll("^\\^", "").replaceAll("\\$$", "");
        if (body.startsWith("(") && body.endsWith(")") && body.indexOf(')') == body.length() - 1) {
            body = body.substring(1, body.length() - 1);
        }
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : '|';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                String alt = body.substring(start, i);
                if (alt.matches("[A-Za-z0-9_.-]+")) {
                    out.add(alt);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static List<Schema> step(List<Schema> schemas, String segment) {
        List<Schema> next = new ArrayList<>();
        for (Schema s : expand(schemas)) {
            if (segment.equals("-")) {
                if (s.items() != null) {
                    next.add(s.items());
                }
                continue;
            }
            Schema named = s.properties().get(segment);
            if (named != null) {
                next.add(named);
                continue;
            }
            s.patternProperties().forEach((regex, schema) -> {
                if (Pattern.compile(regex).matcher(segment).find()) {
                    next.add(schema);
                }
            });
        }
        return next;
    }

    /** The schemas themselves plus what their references and {@code oneOf} forms stand for. */
    private static List<Schema> expand(List<Schema> schemas) {
        List<Schema> out = new ArrayList<>();
        for (Schema s : schemas) {
            expandInto(s, out, 0);
        }
        return out;
    }

    private static void expandInto(Schema s, List<Schema> out, int depth) {
        if (depth > 8) {
            return;
        }
        if (s.refName() != null) {
            expandInto(ComposeSpec.definition(s.refName()), out, depth + 1);
            return;
        }
        out.add(s);
        s.branches().forEach(b -> expandInto(b, out, depth + 1));
    }
}
