package dev.berth.compose.load.yaml;

import dev.berth.compose.load.LoadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Builds one mapping: rejects duplicate keys naming both lines, and applies {@code <<} merge keys
 * (a mapping or a list of mappings; explicit keys win, then earlier merged mappings win).
 */
final class MappingBuilder {
    private final YamlReader reader;
    private final Path file;

    MappingBuilder(YamlReader reader, Path file) {
        this.reader = reader;
        this.file = file;
    }

    YamlNode.Mapping build(MappingNode map, int depth) throws LoadException {
        List<NodeTuple> tuples = YamlReader.tuples(map);
        Map<String, YamlNode.Entry> explicit = new HashMap<>(tuples.size() * 2);
        Map<String, YamlNode.Entry> merged = null;
        List<String> order = new ArrayList<>(tuples.size());
        for (NodeTuple tuple : tuples) {
            YamlNode.Scalar key = key(tuple.getKeyNode());
            if (key.plain() && key.value().equals("<<") && key.tag() == null) {
                merged = merged == null ? new HashMap<>() : merged;
                mergeInto(merged, order, tuple.getValueNode(), depth);
                continue;
            }
            YamlNode.Entry previous = explicit.get(key.value());
            if (previous != null) {
                throw new LoadException(reader.problem(tuple.getKeyNode().getStartMark(), "mapping key \"" + key.value()
                        + "\" already defined at line " + previous.key().location().line()));
            }
            explicit.put(key.value(), new YamlNode.Entry(key, reader.child(tuple.getValueNode(), depth)));
            order.add(key.value());
        }
        List<YamlNode.Entry> entries = new ArrayList<>(order.size());
        for (String name : order) {
            YamlNode.Entry e = explicit.get(name);
            entries.add(e != null ? e : merged.get(name));
        }
        String tag = YamlReader.localTag(map);
        return new YamlNode.Mapping(merged == null ? entries : dedupe(entries), tag, reader.location(map.getStartMark()));
    }

    private static List<YamlNode.Entry> dedupe(List<YamlNode.Entry> entries) {
        Map<String, YamlNode.Entry> unique = new LinkedHashMap<>();
        for (YamlNode.Entry e : entries) {
            unique.putIfAbsent(e.key().value(), e);
        }
        return List.copyOf(unique.values());
    }

    private void mergeInto(Map<String, YamlNode.Entry> merged, List<String> order, Node value, int depth)
            throws LoadException {
        List<Node> sources = value instanceof SequenceNode seq ? seq.getValue() : List.of(value);
        for (Node source : sources) {
            YamlNode converted = reader.child(source, depth);
            if (!(converted instanceof YamlNode.Mapping m)) {
                throw new LoadException(reader.problem(source.getStartMark(),
                        "map merge requires map or sequence of maps as the value"));
            }
            for (YamlNode.Entry e : m.entries()) {
                // through a merge key, a !reset value is simply absent and !override means nothing
                if ("!reset".equals(e.value().tag())) {
                    continue;
                }
                YamlNode.Entry untagged = new YamlNode.Entry(e.key(), untagged(e.value()));
                if (merged.putIfAbsent(e.key().value(), untagged) == null) {
                    order.add(e.key().value());
                }
            }
        }
    }

    private static YamlNode untagged(YamlNode node) {
        return switch (node) {
            case YamlNode.Scalar s -> new YamlNode.Scalar(s.value(), s.plain(), null, s.location());
            case YamlNode.Sequence s -> new YamlNode.Sequence(s.items(), null, s.location());
            case YamlNode.Mapping m -> new YamlNode.Mapping(m.entries(), null, m.location());
        };
    }

    private YamlNode.Scalar key(Node node) throws LoadException {
        Node real = node;
        if (real instanceof ScalarNode s) {
            return new YamlNode.Scalar(s.getValue(), s.isPlain(), YamlReader.localTag(s),
                    reader.location(s.getStartMark()));
        }
        throw new LoadException(reader.problem(node.getStartMark(), "a mapping key must be a scalar, not a "
                + (real instanceof SequenceNode ? "sequence" : "mapping") + " (in " + file.getFileName() + ")"));
    }
}
