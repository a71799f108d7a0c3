package dev.berth.compose.load;

import dev.berth.compose.load.canonical.Canonical;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies {@code include}: each entry is loaded as its own project (its own directory and .env),
 * with paths made absolute, and its resources are added to the including file. A resource defined
 * differently on both sides is an error; nothing is merged.
 */
final class Include {
    private static final List<String> RESOURCES = List.of("services", "volumes", "networks", "secrets", "configs");

    private Include() {}

    static void apply(Map<String, Object> cfg, LoadRun run, List<Path> stack) throws LoadException {
        Object include = cfg.remove("include");
        if (include == null) {
            return;
        }
        if (!(include instanceof List<?> entries)) {
            throw new LoadException(run.problem("include", "`include` must be a list"));
        }
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            Map<String, Object> spec = entry instanceof String s ? new HashMap<>(Map.of("path", s)) : Trees.map(entry);
            List<String> paths = spec == null ? null : Trees.strings(spec.get("path"));
            if (paths == null || paths.isEmpty()) {
                throw new LoadException(run.problem("include[" + i + "]", "include entry needs a path"));
            }
            importInto(cfg, load(spec, paths, run, stack), run);
        }
    }

    private static Map<String, Object> load(Map<String, Object> spec, List<String> paths, LoadRun run,
                                            List<Path> stack) throws LoadException {
        List<Path> files = paths.stream().map(p -> run.workingDir().resolve(p).normalize()).toList();
        if (stack.contains(files.getFirst())) {
            StringBuilder msg = new StringBuilder("include cycle detected:\n").append(stack.getFirst());
            stack.subList(1, stack.size()).forEach(p -> msg.append("\n include ").append(p));
            throw new LoadException(run.problem("include", msg.append("\n include ").append(files.getFirst()).toString()));
        }
        Object dirValue = spec.get("project_directory");
        Path dir = dirValue == null ? files.getFirst().getParent() : run.workingDir().resolve(String.valueOf(dirValue)).normalize();
        Map<String, String> env = new HashMap<>(run.environment());
        for (Map.Entry<String, String> e : EnvFiles.read(envFiles(spec, dir, run), run.environment(), run.texts()).entrySet()) {
            env.putIfAbsent(e.getKey(), e.getValue());
        }
        LoadRun sub = run.forInclude(env, dir);
        List<ComposeFile> composeFiles = new ArrayList<>();
        for (Path f : files) {
            composeFiles.add(ComposeFile.read(f, run.texts(), run.sourceMap()));
        }
        List<Path> nested = new ArrayList<>(stack);
        Map<String, Object> imported = FileLoader.load(composeFiles, sub, nested);
        Canonical.project(imported, sub.context(), run.sourceMap(), run.problems());
        run.failOnProblems();
        return imported;
    }

    private static List<Path> envFiles(Map<String, Object> spec, Path dir, LoadRun run) throws LoadException {
        List<String> given = Trees.strings(spec.get("env_file"));
        if (given == null || given.isEmpty()) {
            Path dotEnv = dir.resolve(".env");
            return run.texts().isFile(dotEnv) ? List.of(dotEnv) : List.of();
        }
        List<Path> out = new ArrayList<>();
        for (String g : given) {
            Path p = run.workingDir().resolve(g).normalize();
            if (!run.texts().isFile(p)) {
                throw new LoadException(run.problem("include", "couldn't find env file: " + p));
            }
            out.add(p);
        }
        return out;
    }

    private static void importInto(Map<String, Object> cfg, Map<String, Object> imported, LoadRun run)
            throws LoadException {
        for (String key : RESOURCES) {
            Map<String, Object> from = Trees.map(imported.get(key));
            if (from == null) {
                continue;
            }
            Map<String, Object> to = Trees.map(cfg.get(key));
            if (to == null) {
                to = new java.util.LinkedHashMap<>();
                cfg.put(key, to);
            }
            for (Map.Entry<String, Object> e : from.entrySet()) {
                if (to.containsKey(e.getKey())) {
                    if (Objects.equals(to.get(e.getKey()), e.getValue())) {
                        continue;
                    }
                    throw new LoadException(run.problem(key + "." + e.getKey(),
                            key + "." + e.getKey() + " conflicts with imported resource"));
                }
                to.put(e.getKey(), e.getValue());
            }
        }
    }
}
