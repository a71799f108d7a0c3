package dev.berth.compose.load.canonical;

import dev.berth.compose.load.ModelBinder;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.model.Project;
import dev.berth.compose.render.ConfigRenderer;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Runs the back half of the pipeline on inline YAML: parse, canonical per file, canonical per project. */
final class Fixture {
    static final Path DIR = Path.of("/work/project");
    static final LoadContext CTX = new LoadContext("demo", DIR, DIR, Map.of("HOME", "/home/me"), List.of(), true);

    final List<Problem> problems = new ArrayList<>();
    final Map<String, Object> tree;

    Fixture(String yaml) {
        this(yaml, CTX);
    }

    Fixture(String yaml, LoadContext ctx) {
        SourceMap sm = new SourceMap();
        Map<String, Object> parsed = parse(yaml);
        Canonical.file(parsed, ctx, sm, problems);
        parsed.putIfAbsent("name", ctx.projectName());
        tree = Canonical.project(parsed, ctx, sm, problems);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return (Map<String, Object>) plain(loaded);
    }

    /** snakeyaml gives Integer/BigInteger; the loader's trees use Long. */
    private static Object plain(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), plain(val)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(plain(x)));
            return out;
        }
        if (v instanceof Integer || v instanceof BigInteger) {
            return ((Number) v).longValue();
        }
        return v;
    }

    Map<String, Object> service(String name) {
        return Trees.map(Trees.map(tree, "services"), name);
    }

    Object at(String path) {
        Object node = tree;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            String key = bracket < 0 ? part : part.substring(0, bracket);
            node = Trees.map(node).get(key);
            if (bracket >= 0) {
                node = Trees.list(node).get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return node;
    }

    String json() {
        return ConfigRenderer.json(tree);
    }

    Project project() {
        return ModelBinder.bind(tree, Map.of(), Set.of(), List.of(), DIR);
    }
}
