package dev.berth.compose.load.canonical;

import java.io.IOException;
import java.nio.file.Path;
import dev.berth.compose.load.env.DotEnv;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * services.*.env_file: short forms into {path, required}; after merge the files are read into
 * {@code environment} (the service's own entries win) and env_file itself disappears, as the reference prints.
 */
final class EnvFiles {
    private EnvFiles() {}

    static List<Object> file(Object value) {
        return Trees.mappings(value instanceof String s ? List.of(s) : Trees.list(value), item -> {
            Map<String, Object> m = Trees.newMap();
            m.put("path", Trees.text(item));
            m.put("required", true);
            return m;
        });
    }

    static void project(Map<String, Object> s, String path, LoadContext ctx, Shape shape) {
        List<Object> files = Trees.list(s.get("env_file"));
        Map<String, Object> environment = Trees.newMap();
        if (files != null) {
            for (int i = 0; i < files.size(); i++) {
                Map<String, Object> f = Trees.map(files.get(i));
                if (f != null && f.get("path") != null) {
                    read(f, path + ".env_file[" + i + "]", ctx, shape, environment);
                }
            }
            s.remove("env_file");
        }
        Map<String, Object> own = Trees.map(s.get("environment"));
        if (own != null) {
            environment.putAll(own);
        }
        if (files == null && own == null) {
            return;
        }
        Map<String, Object> resolved = Trees.newMap();
        new TreeMap<>(environment).forEach((k, v) -> resolved.put(k, v != null ? v : ctx.environment().get(k)));
        s.put("environment", resolved);
    }

    /** label_file: the files' KEY=VALUE lines become labels; the service's own labels win. */
    static void labels(Map<String, Object> s, String path, LoadContext ctx, Shape shape) {
        Object value = s.remove("label_file");
        List<Object> files = value instanceof String one ? List.of(one) : Trees.list(value);
        if (files == null) {
            return;
        }
        Map<String, Object> labels = Trees.newMap();
        for (int i = 0; i < files.size(); i++) {
            Map<String, Object> f = Trees.newMap();
            f.put("path", Trees.text(files.get(i)));
            read(f, path + ".label_file[" + i + "]", ctx, shape, labels);
        }
        Map<String, Object> own = Trees.map(s.get("labels"));
        if (own != null) {
            labels.putAll(own);
        }
        s.put("labels", labels);
    }

    private static void read(Map<String, Object> f, String path, LoadContext ctx, Shape shape,
                             Map<String, Object> into) {
        Path file = Path.of(Paths.absolute(Trees.text(f.get("path")), ctx));
        boolean required = !Boolean.FALSE.equals(Scalars.bool(f.get("required")));
        if (!ctx.files().isFile(file)) {
            if (required) {
                shape.problem(path, "env file " + file + " not found", "create the file or set 'required: false'");
            }
            return;
        }
        try {
            String text = ctx.files().read(file);
            into.putAll("raw".equals(f.get("format")) ? raw(text) : DotEnv.parse(text, ctx.environment()::get));
        } catch (IOException e) {
            shape.problem(path, "cannot read env file " + file + ": " + e.getMessage());
        } catch (DotEnv.DotEnvException e) {
            shape.problem(path, "env file " + file + " line " + e.line() + ": " + e.getMessage());
        }
    }

    /** format: raw takes each KEY=VALUE line as written: no quotes, no interpolation. */
    private static Map<String, String> raw(String text) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                out.put(line.substring(0, eq).strip(), line.substring(eq + 1));
            }
        }
        return out;
    }
}
