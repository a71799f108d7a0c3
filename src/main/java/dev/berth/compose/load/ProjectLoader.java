package dev.berth.compose.load;

import dev.berth.compose.load.canonical.Canonical;
import dev.berth.compose.load.canonical.LoadContext;
import dev.berth.compose.load.env.Template;
import dev.berth.compose.load.validate.Validator;
import dev.berth.compose.model.Project;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads a compose project the way {@code docker compose} does, top to bottom: environment and .env,
 * compose files, project directory and name, then each file (interpolate, extends, include, merge),
 * canonical form, profiles, consistency, and finally the model records.
 */
public final class ProjectLoader {
    private final SourceTexts texts;

    /** A loader for which {@code -f -} reads nothing: the GUI and tests. The CLI passes its caller's stdin. */
    public ProjectLoader() {
        this(InputStream.nullInputStream());
    }

    /** @param stdin what a {@code -f -} file reads */
    public ProjectLoader(InputStream stdin) {
        this(stdin, Map.of());
    }

    /**
     * @param buffers text that stands for a file's content on disk (compose or env) (by absolute, normalized path):
     *                what an editor holds before it is saved, so problems and the model follow the typing
     */
    public ProjectLoader(InputStream stdin, Map<Path, String> buffers) {
        this(new SourceTexts(stdin, buffers));
    }

    /** A loader that reads through {@code texts}, which then tells which files the load read. */
    public ProjectLoader(SourceTexts texts) {
        this.texts = texts;
    }

    public LoadResult load(LoadOptions options) throws LoadException {
        Prepared prepared = prepare(options);
        return select(prepared, prepared.tree(), options);
    }

    /**
     * Everything a load does before profiles: environment, files, interpolation, extends, include, merge and
     * canonical form. Its tree still holds every service.
     */
    Prepared prepare(LoadOptions options) throws LoadException {
        Map<String, String> env = new HashMap<>(EnvFiles.environment(options, texts));
        List<Path> paths = Discovery.configFiles(options, env);
        Path projectDir = projectDirectory(options, paths);
        SourceMap sourceMap = new SourceMap();
        List<ComposeFile> files = new ArrayList<>();
        for (Path p : paths) {
            files.add(ComposeFile.read(p, texts, sourceMap));
        }
        String name = projectName(options, env, files, projectDir);
        env.put("COMPOSE_PROJECT_NAME", name);

        LoadContext context = new LoadContext(name, projectDir, options.workingDir(), env, paths, true,
                texts.envTexts());
        LoadRun run = new LoadRun(env, projectDir, sourceMap, new ArrayList<>(), new LinkedHashSet<>(),
                new ArrayList<>(), options.interpolate(), texts, context);
        Map<String, Object> tree = FileLoader.load(files, run, List.of());
        if (tree.isEmpty()) {
            throw new LoadException(new Problem(null, "", "empty compose file", null));
        }
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("name", name);
        tree.remove("name");
        named.putAll(tree);
        named.putIfAbsent("services", new LinkedHashMap<>());
        Canonical.project(named, context, sourceMap, run.problems());
        run.failOnProblems();

        List<String> warnings = new ArrayList<>();
        run.unsetVariables().forEach(v -> warnings.add("The \"" + v + "\" variable is not set. Defaulting to a blank string."));
        warnings.addAll(run.warnings());
        return new Prepared(named, env, paths, projectDir, sourceMap, warnings, run);
    }

    /**
     * The rest of a load: profiles and the services named switch services on or off, then the checks that
     * depend on which are on, and the model records. Changes {@code tree} (a prepared tree or a copy of one).
     */
    static LoadResult select(Prepared prepared, Map<String, Object> tree, LoadOptions options) throws LoadException {
        LoadRun run = prepared.freshRun();
        Set<String> active = Profiles.requested(options, prepared.env());
        Map<String, Object> services = Trees.map(tree.get("services"));
        Map<String, Object> disabled = new LinkedHashMap<>();
        if (services != null) {
            Profiles.enableTargets(services, options.targetServices(), active);
            disabled = Profiles.split(services, active, options.targetServices());
            DisabledDependencies.check(services, disabled, run);
            Selection.keep(services, options.targetServices(), disabled, run);
        }
        Validator.definitions(tree, run.sourceMap(), run.problems());
        UnusedResources.remove(tree);
        Validator.consistency(DisabledDependencies.withoutOptional(tree, disabled), run.sourceMap(), run.problems());
        run.failOnProblems();
        Project project = ModelBinder.bind(tree, disabled, active, prepared.paths(), prepared.projectDir(),
                prepared.env());
        return new LoadResult(project, run.sourceMap(), prepared.warnings());
    }

    private static Path projectDirectory(LoadOptions o, List<Path> files) {
        if (o.projectDirectory() != null) {
            return o.workingDir().resolve(o.projectDirectory()).normalize();
        }
        Path first = files.getFirst();
        return first.toString().equals("-") ? o.workingDir() : first.getParent();
    }

    /** -p, else COMPOSE_PROJECT_NAME (both must already be valid), else the files' {@code name:}, else the directory. */
    private static String projectName(LoadOptions o, Map<String, String> env, List<ComposeFile> files, Path dir)
            throws LoadException {
        for (String given : new String[] {o.projectName(), env.get("COMPOSE_PROJECT_NAME")}) {
            if (given != null && !given.isEmpty()) {
                if (!ProjectNames.normalize(given).equals(given)) {
                    throw new LoadException(ProjectNames.invalid(given));
                }
                return given;
            }
        }
        String fromFiles = null;
        for (ComposeFile f : files) {
            String n = f.rawName();
            fromFiles = n != null ? n : fromFiles;
        }
        if (fromFiles != null && o.interpolate()) {
            try {
                fromFiles = new Template(env::get, v -> { }).substitute(fromFiles);
            } catch (Template.TemplateException e) {
                throw new LoadException(new Problem(null, "name", e.getMessage(), null));
            }
        }
        String name = fromFiles == null ? "" : ProjectNames.normalize(fromFiles);
        if (name.isEmpty() && dir.getFileName() != null) {
            name = ProjectNames.normalize(dir.getFileName().toString());
        }
        if (name.isEmpty()) {
            throw new LoadException(new Problem(null, "", "project name must not be empty", "use -p NAME"));
        }
        return name;
    }
}
