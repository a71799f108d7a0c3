package dev.berth.compose.load.yaml;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.Problem;
import dev.berth.compose.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.AnchorNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML text into {@link YamlNode} documents with snakeyaml-engine's node API. Aliases are
 * expanded here, under a budget: a document may expand to at most {@value #MAX_NODES} nodes and
 * {@value #MAX_DEPTH} levels, so a "billion laughs" file fails fast instead of filling memory.
 */
public final class YamlReader {
    public static final int MAX_NODES = 1_000_000;
    public static final int MAX_DEPTH = 500;
    /** Larger than any real compose file; snakeyaml's own default (3 MB) is too small for generated ones. */
    public static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    private final Path file;
    private int budget = MAX_NODES;
    /** The collections being converted, from the document down to the current one (by identity). */
    private final Set<Node> reading = Collections.newSetFromMap(new IdentityHashMap<>());

    private YamlReader(Path file) {
        this.file = file;
    }

    /** The documents of the text, empty documents skipped. */
    public static List<YamlNode> read(String text, Path file) throws LoadException {
        return new YamlReader(file).readAll(text);
    }

    private List<YamlNode> readAll(String text) throws LoadException {
        LoadSettings settings = LoadSettings.builder().setLabel(String.valueOf(file))
                .setMaxAliasesForCollections(Integer.MAX_VALUE).setAllowRecursiveKeys(true)
                .setCodePointLimit(MAX_CODE_POINTS)
                // the whole text in one buffer: snakeyaml's growing window is quadratic on huge scalars
                .setBufferSize(Math.max(1024, text.length() + 1)).build();
        if (flowDepth(text) > MAX_DEPTH) {
            throw new LoadException(problem(Optional.empty(), "the document is nested deeper than " + MAX_DEPTH + " levels"));
        }
        List<YamlNode> documents = new ArrayList<>();
        try {
            for (Node node : new Compose(settings).composeAllFromString(text)) {
                if (node != null) {
                    documents.add(convert(node, 0));
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw new LoadException(problem(e.getProblemMark(), e.getProblem()));
        } catch (YamlEngineException e) {
            throw new LoadException(problem(Optional.empty(), e.getMessage()));
        } catch (StackOverflowError e) {
            throw new LoadException(problem(Optional.empty(), "the YAML is nested too deeply to be read"));
        }
        return documents;
    }

    private YamlNode convert(Node node, int depth) throws LoadException {
        if (--budget < 0) {
            throw new LoadException(problem(node.getStartMark(), "the document expands to more than " + MAX_NODES
                    + " values through aliases (alias bomb?)"));
        }
        if (depth > MAX_DEPTH) {
            throw new LoadException(problem(node.getStartMark(), "the document is nested deeper than " + MAX_DEPTH
                    + " levels (recursive alias?)"));
        }
        return switch (node) {
            case AnchorNode anchor -> convert(anchor.getRealNode(), depth);
            case ScalarNode s -> new YamlNode.Scalar(s.getValue(), s.isPlain(), localTag(s), location(s.getStartMark()));
            case SequenceNode seq -> collection(seq, depth);
            case MappingNode map -> collection(map, depth);
            default -> throw new LoadException(problem(node.getStartMark(), "unsupported YAML node"));
        };
    }

    /** A sequence or mapping; one that is already being read further up is an anchor cycle. */
    private YamlNode collection(Node node, int depth) throws LoadException {
        if (!reading.add(node)) {
            throw new LoadException(new Problem(location(node.getStartMark()), "",
                    "anchor cycle: this anchored value contains an alias to itself",
                    "an alias can only repeat a value it is not part of"));
        }
        try {
            return node instanceof SequenceNode seq ? sequence(seq, depth)
                    : new MappingBuilder(this, file).build((MappingNode) node, depth);
        } finally {
            reading.remove(node);
        }
    }

    private YamlNode sequence(SequenceNode seq, int depth) throws LoadException {
        List<YamlNode> items = new ArrayList<>(seq.getValue().size());
        for (Node item : seq.getValue()) {
            items.add(convert(item, depth + 1));
        }
        return new YamlNode.Sequence(items, localTag(seq), location(seq.getStartMark()));
    }

    /** Deepest nesting of flow brackets outside quotes; a cheap guard before the recursive composer. */
    static int flowDepth(String text) {
        int depth = 0;
        int max = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote || c == '\n' ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** Converts a child node; used by {@link MappingBuilder}. */
    YamlNode child(Node node, int depth) throws LoadException {
        return convert(node, depth + 1);
    }

    static List<NodeTuple> tuples(MappingNode map) {
        return map.getValue();
    }

    /** Only local tags ({@code !reset}, {@code !override}) matter to compose; standard ones are resolved later. */
    static String localTag(Node node) {
        String tag = node.getTag().getValue();
        return tag.startsWith("!") ? tag : null;
    }

    Location location(Optional<Mark> mark) {
        return mark.map(m -> new Location(file, m.getLine() + 1, m.getColumn() + 1)).orElse(new Location(file, 1, 1));
    }

    Problem problem(Optional<Mark> mark, String message) {
        String text = message == null ? "invalid YAML" : message.strip();
        return new Problem(location(mark), "", text, null);
    }
}
