package dev.berth.ui.editor;

import dev.berth.compose.load.validate.spec.ComposeSpec;
import dev.berth.compose.load.validate.spec.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The attribute names the Compose Specification allows at a place in a file, read from the same
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
