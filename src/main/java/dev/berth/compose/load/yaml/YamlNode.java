package dev.berth.compose.load.yaml;

import dev.berth.compose.model.Location;
import java.util.List;

/**
 * One node of a YAML document after aliases and {@code <<} merge keys are expanded. {@code tag} is a
 * local tag such as {@code !reset} or {@code !override}, or null for the standard ones.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    Location location();

    String tag();

    /** A scalar as written; {@code plain} tells whether it was unquoted (only plain scalars become numbers, booleans, null). */
    record Scalar(String value, boolean plain, String tag, Location location) implements YamlNode {}

    record Sequence(List<YamlNode> items, String tag, Location location) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    record Mapping(List<Entry> entries, String tag, Location location) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    record Entry(Scalar key, YamlNode value) {}
}
