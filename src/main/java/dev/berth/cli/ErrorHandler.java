package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.cli.progress.ProgressMode;
import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.ProblemFormatter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The one place where failures become a message and an exit code. Stack traces are never printed. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        String text;
        int code;
        if (e instanceof LoadException load) {
            text = new ProblemFormatter().format(load.problems());
            code = 1; // as the reference for a missing or invalid compose file (v2.40.3: config, ps, up, down)
        } else if (e instanceof dev.berth.engine.EngineException engine) {
            text = engine.getMessage();
            code = engine.exitCode();
        } else if (e instanceof dev.berth.stack.StackException stack) {
            text = stack.getMessage(); // the docker CLI's words, as `docker stack` prints them
            code = 1;
        } else {
            text = "berth: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            code = 1;
        }
        cli.getErr().println(json(cli) ? Progress.errorObject(text) : text);
        return code;
    }

    /** With {@code --progress json} the error is one more JSON object, as the reference ends its stream. */
    private static boolean json(CommandLine cli) {
        try {
            return GlobalOptions.inherited(cli.getCommandSpec()).progressSettings().output() == ProgressMode.JSON;
        } catch (IllegalArgumentException badFlag) {
            return false;
        }
    }
}
