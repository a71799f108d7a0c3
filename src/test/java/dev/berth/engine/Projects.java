package dev.berth.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.load.ModelBinder;
import dev.berth.compose.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds projects for engine tests from canonical JSON (the shape {@code config --format json} prints). */
final class Projects {
    private Projects() {}

    static Project fromJson(String json, Path workingDir) {
        return fromJson(json, workingDir, Map.of());
    }

    /** With the environment the project was loaded in (what environment-sourced secrets and configs read). */
    @SuppressWarnings("unchecked")
    static Project fromJson(String json, Path workingDir, Map<String, String> environment) {
        try {
            Map<String, Object> tree = new ObjectMapper().readValue(json, Map.class);
            return ModelBinder.bind(tree, Map.of(), Set.of(), List.of(workingDir.resolve("compose.yaml")), workingDir,
                    environment);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Replaces the project name in a JSON text ("NAME" placeholders), so each test has its own project. */
    static Project fromJson(String json, String projectName, Path workingDir) {
        return fromJson(json.replace("NAME", projectName), workingDir);
    }
}
