package dev.berth.ui.run;

import dev.berth.compose.model.Project;
import dev.berth.engine.ComposeEngine;
import dev.berth.engine.Plan;
import dev.berth.engine.UpOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Teaching mode's Docker commands, asked of the engine off the UI thread and given back on it: a
 * plan's commands for the Up preview, a service's docker run line for the inspector, and the export
 * of Up's plan as a shell script. Without an engine there are none.
 */
public final class DockerWords {
    private final ComposeEngine engine;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> say;

    DockerWords(ComposeEngine engine, Executor background, Executor ui, Consumer<String> say) {
        this.engine = engine;
        this.background = background;
        this.ui = ui;
        this.say = say;
    }

    /** The plan's commands for reading (labels left out); none when the engine cannot say them. */
    static List<String> brief(ComposeEngine engine, Project project, Plan plan) {
        try {
            return engine.dockerCommands(project).brief().of(plan);
        } catch (UnsupportedOperationException e) {
            return List.of();
        }
    }

    public void commands(Project project, Plan plan, Consumer<List<String>> then) {
        ask(() -> brief(engine, project, plan), then, List.of());
    }

    /** The {@code docker run} line of a service's first container (nothing when it cannot be said). */
    public void runLine(Project project, String serviceName, Consumer<String> then) {
        ask(() -> engine.dockerCommands(project).brief().runLine(serviceName), then, "");
    }

    /** Writes Up's plan as a shell script of Docker commands (File ▸ Export plan as Docker commands). */
    public void export(Project project, Path file) {
        if (engine == null) {
            say.accept("No Docker Engine: start dockerd and reopen the project.");
            return;
        }
        background.execute(() -> {
            String done;
            try {
                Plan plan = engine.plan(project, UpOptions.defaults());
                Files.writeString(file, engine.dockerCommands(project).script(plan));
                done = "Wrote " + file.getFileName() + ": " + plan.operations().size() + " operations as Docker commands";
            } catch (java.io.IOException | RuntimeException e) {
                done = "Cannot export the plan: " + e.getMessage();
            }
            String message = done;
            ui.execute(() -> say.accept(message));
        });
    }

    private <T> void ask(java.util.function.Supplier<T> question, Consumer<T> then, T none) {
        if (engine == null) {
            then.accept(none);
            return;
        }
        background.execute(() -> {
            T answer;
            try {
                answer = question.get();
            } catch (RuntimeException e) {
                System.getLogger("berth.ui").log(System.Logger.Level.DEBUG, "no docker words: " + e.getMessage());
                answer = none;
            }
            T result = answer;
            ui.execute(() -> then.accept(result));
        });
    }
}
