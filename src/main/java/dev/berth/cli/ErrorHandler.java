package dev.berth.cli;

import dev.berth.compose.load.LoadException;
import dev.berth.compose.load.ProblemFormatter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** The one place where failures become a message and an exit code. Stack traces are never printed. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof LoadException load) {
            cli.getErr().println(new ProblemFormatter().format(load.problems()));
            return 15;
        }
        if (e instanceof dev.berth.engine.EngineException engine) {
            cli.getErr().println(engine.getMessage());
            return engine.exitCode();
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cli.getErr().println("berth: " + message);
        return 1;
    }
}
