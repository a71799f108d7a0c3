package dev.berth.compose.load;

import dev.berth.compose.model.Location;
import java.util.Comparator;

/**
 * One thing wrong with the input: where it is, the dotted path in the model, what is wrong in
 * compose words, and a hint (may be null).
 */
public record Problem(Location location, String path, String message, String hint) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.location == null || p.location.file() == null ? "" : p.location.file().toString())
            .thenComparingInt(p -> p.location == null ? 0 : p.location.line())
            .thenComparingInt(p -> p.location == null ? 0 : p.location.column())
            .thenComparing(p -> p.path == null ? "" : p.path)
            .thenComparing(Problem::message);

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
