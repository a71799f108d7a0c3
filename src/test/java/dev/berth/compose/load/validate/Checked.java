package dev.berth.compose.load.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.Problem;
import dev.berth.compose.load.ProblemFormatter;
import dev.berth.compose.load.ProjectLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Loads one compose text from a directory and tells what the loader said about it. */
record Checked(Path dir) {

    /** The single problem of a rejected file, checked to be at line:col of compose.yaml. */
    Problem rejected(String yaml, int line, int column) throws IOException {
        return rejected(yaml, Map.of(), line, column);
    }

    Problem rejected(String yaml, Map<String, String> env, int line, int column) throws IOException {
        List<Problem> problems = problems(yaml, env);
        assertThat(problems).as(new ProblemFormatter().format(problems)).hasSize(1);
        Problem p = problems.getFirst();
        assertThat(p.location().file().getFileName()).hasToString("compose.yaml");
        assertThat(p.location().line()).as("line").isEqualTo(line);
        assertThat(p.location().column()).as("column").isEqualTo(column);
        return p;
    }

    List<Problem> problems(String yaml, Map<String, String> env) throws IOException {
        LoadException e = catchThrowableOfType(LoadException.class, () -> load(yaml, env));
        assertThat(e).as("the file must be rejected").isNotNull();
        return e.problems();
    }

    LoadResult accepted(String yaml, Map<String, String> env) throws IOException, LoadException {
        return load(yaml, env);
    }

    private LoadResult load(String yaml, Map<String, String> env) throws IOException, LoadException {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, yaml);
        return new ProjectLoader(new ByteArrayInputStream(new byte[0])).load(LoadOptions.ofFiles(List.of(file), env));
    }
}
