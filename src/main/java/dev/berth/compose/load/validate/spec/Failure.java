package dev.berth.compose.load.validate.spec;

import java.util.List;
import java.util.Set;

/**
 * One way a value fails the spec: the dotted path of the value (an unknown attribute's own path),
 * how deep it is (the reference reports the deepest failure of a {@code oneOf}), what is wrong in
 * compose words, a hint when the spec node has one, and for unknown names and enums the known words.
 */
public record Failure(Kind kind, String path, int depth, String message, String hint, String word,
                      List<String> known, Set<Schema.Type> expected) {
    public enum Kind { TYPE, ENUM, PATTERN, RANGE, REQUIRED, UNKNOWN, UNIQUE, ONE_OF }

    public Failure {
        known = known == null ? List.of() : List.copyOf(known);
        expected = expected == null ? Set.of() : Set.copyOf(expected);
    }

    static Failure of(Kind kind, String path, int depth, String message, String hint) {
        return new Failure(kind, path, depth, message, hint, null, null, null);
    }
}
