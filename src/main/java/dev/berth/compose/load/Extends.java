package dev.berth.compose.load;

import dev.berth.compose.load.merge.OverrideMerge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves {@code extends} in one file's services: the base (from the same file or another one,
 * itself possibly extending) is copied, cleared at this file's !reset paths, and the service is
 * merged onto it. Cycles are rejected with the chain of services. As in the reference, a relative
 * {@code extends.file} is found from the project's directory (an included project's own), or from the
 * directory of the file that was itself reached through {@code extends.file}.
 */
final class Extends {
    private final LoadRun run;
    private final Path file;
    private final List<String> resetPaths;
    private final Path refDir;
    private final SourceMap sourceMap;

    /** Extends of a file the project names: relative files are found from the project's directory. */
    Extends(LoadRun run, Path file, List<String> resetPaths) {
        this(run, file, resetPaths, run.workingDir(), run.sourceMap());
    }

    /** @param sourceMap where the values of {@code file} are */
    private Extends(LoadRun run, Path file, List<String> resetPaths, Path refDir, SourceMap sourceMap) {
        this.run = run;
        this.file = file;
        this.resetPaths = resetPaths;
        this.refDir = refDir;
        this.sourceMap = sourceMap;
    }

    void apply(Map<String, Object> cfg) throws LoadException {
        Map<String, Object> services = Trees.map(cfg.get("services"));
        if (services == null) {
            return;
        }
        for (String name : new ArrayList<>(services.keySet())) {
            resolve(name, services, file, new ArrayList<>());
        }
    }

    private Object resolve(String name, Map<String, Object> services, Path inFile, List<String> chain)
            throws LoadException {
        Map<String, Object> service = Trees.map(services.get(name));
        if (service == null || !service.containsKey("extends")) {
            return services.get(name);
        }
        Object ext = service.get("extends");
        String ref = ext instanceof String s ? s : Trees.map(ext) != null ? string(Trees.map(ext).get("service")) : null;
        String otherFile = Trees.map(ext) != null ? string(Trees.map(ext).get("file")) : null;
        if (ref == null) {
            throw new LoadException(run.problem("services." + name + ".extends", "extends." + name + ".service is required"));
        }
        Map<String, Object> baseServices = services;
        Path baseFile = inFile;
        List<String> baseResets = resetPaths;
        Path baseDir = refDir;
        SourceMap baseMap = sourceMap;
        if (otherFile != null) {
            baseFile = refDir.resolve(otherFile).normalize();
            baseDir = dirOf(baseFile);
            ExtendsFiles.Base base = ExtendsFiles.services(run, baseFile, name, ref, inFile);
            baseServices = base.services();
            baseResets = base.resetPaths();
            baseMap = base.sourceMap();
        } else if (!services.containsKey(ref)) {
            throw new LoadException(run.problem("services." + name + ".extends", "cannot extend service \"" + name
                    + "\" in " + inFile + ": service \"" + ref + "\" not found"));
        }
        List<String> next = new ArrayList<>(chain);
        String link = name + " in " + inFile;
        if (chain.contains(link)) {
            throw new LoadException(run.problem("services." + name + ".extends", cycle(chain, link)));
        }
        next.add(link);
        Object base = new Extends(run, baseFile, baseResets, baseDir, baseMap).resolve(ref, baseServices, baseFile, next);
        if (base == null) {
            return service;
        }
        Map<String, Object> source = Trees.map(Trees.copy(base));
        Map<String, Object> wrapper = new LinkedHashMap<>();
        wrapper.put("services", new LinkedHashMap<>(Map.of(name, source)));
        ResetPaths.apply(wrapper, resetPaths);
        Map<String, Object> merged;
        try {
            merged = OverrideMerge.extend(source, service);
        } catch (OverrideMerge.MergeException e) {
            throw new LoadException(run.problem("services." + name, e.getMessage()));
        }
        merged.remove("extends");
        services.put(name, merged);
        sourceMap.adopt(baseMap, "services." + ref, "services." + name);
        return merged;
    }

    private Path dirOf(Path f) {
        return f.toString().equals("-") || f.getParent() == null ? run.workingDir() : f.getParent();
    }

    private static String cycle(List<String> chain, String link) {
        StringBuilder out = new StringBuilder("Circular reference:\n  ").append(chain.isEmpty() ? link : chain.getFirst());
        for (String c : chain.subList(Math.min(1, chain.size()), chain.size())) {
            out.append("\n  extends ").append(c);
        }
        return out.append("\n  extends ").append(link).toString();
    }

    private static String string(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
