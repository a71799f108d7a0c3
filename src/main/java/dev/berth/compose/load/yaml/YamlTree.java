package dev.berth.compose.load.yaml;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a document into the plain tree the pipeline works on (LinkedHashMap / ArrayList / String /
 * Long / Double / Boolean / null) and records each value's location by dotted path. Values tagged
 * {@code !reset} are dropped and, like {@code !override} ones, their paths are kept so the merge can
 * clear what earlier files said there.
 */
public final class YamlTree {
    private final SourceMap sourceMap;
    private final List<String> resetPaths = new ArrayList<>();
    private Problem badKey;

    private YamlTree(SourceMap sourceMap) {
        this.sourceMap = sourceMap;
    }

    /** A file's tree and the paths its {@code !reset} / {@code !override} tags clear before merging. */
    public record FileTree(Map<String, Object> tree, List<String> resetPaths) {}

    public static FileTree of(YamlNode document, SourceMap sourceMap) throws LoadException {
        if (!(document instanceof YamlNode.Mapping mapping)) {
            throw new LoadException(new Problem(document.location(), "", "top-level object must be a mapping", null));
        }
        YamlTree t = new YamlTree(sourceMap);
        sourceMap.put("", document.location());
        Map<String, Object> tree = t.mapping(mapping, "");
        if (t.badKey != null) {
            throw new LoadException(t.badKey);
        }
        return new FileTree(tree, List.copyOf(t.resetPaths));
    }

    private Object value(YamlNode node, String path) {
        return switch (node) {
            case YamlNode.Scalar s -> Scalars.resolve(s);
            case YamlNode.Sequence seq -> sequence(seq, path);
            case YamlNode.Mapping m -> mapping(m, path);
        };
    }

    private Map<String, Object> mapping(YamlNode.Mapping m, String path) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : m.entries()) {
            String key = e.key().value();
            if (badKey == null && !(Scalars.resolve(e.key()) instanceof String)) {
                badKey = new Problem(e.key().location(), path, "non-string key in " + (path.isEmpty() ? "the top level" : path)
                        + ": " + key, "quote the key to make it a string");
            }
            String child = path.isEmpty() ? key : path + "." + key;
            String tag = e.value().tag();
            if ("!reset".equals(tag)) {
                resetPaths.add(child);
                continue;
            }
            if ("!override".equals(tag)) {
                resetPaths.add(child);
            }
            sourceMap.put(child, e.key().location());
            out.put(key, value(e.value(), child));
        }
        return out;
    }

    private List<Object> sequence(YamlNode.Sequence seq, String path) {
        List<Object> out = new ArrayList<>(seq.items().size());
        for (YamlNode item : seq.items()) {
            String child = path + "[" + out.size() + "]";
            sourceMap.put(child, item.location());
            out.add(value(item, child));
        }
        return out;
    }
}
