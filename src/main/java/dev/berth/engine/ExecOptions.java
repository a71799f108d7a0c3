package dev.berth.engine;

import java.io.InputStream;
import java.util.List;

/**
 * Options of {@code exec}: container {@code index} of {@code service} runs {@code command} with {@code env} added
 * ({@code KEY=value}); {@code stdin}, when not null, is fed to it; {@code window} not null gives it a terminal that
 * follows the caller's. Start from {@link #of} and name what differs.
 */
public record ExecOptions(String service, int index, List<String> command, List<String> env, String user,
                          String workingDir, Terminal terminal, TerminalWindow window, Privileges privileges,
                          Mode mode, InputStream stdin) {
    /** TTY gives the command a terminal (following {@code window} when not null). */
    public enum Terminal { NONE, TTY }

    public enum Privileges { DEFAULT, EXTENDED }

    /** ATTACHED streams the output and waits for the exit code; DETACHED returns at once. */
    public enum Mode { ATTACHED, DETACHED }

    public ExecOptions {
        command = List.copyOf(command);
        env = env == null ? List.of() : List.copyOf(env);
        terminal = terminal == null ? Terminal.NONE : terminal;
        privileges = privileges == null ? Privileges.DEFAULT : privileges;
        mode = mode == null ? Mode.ATTACHED : mode;
    }

    public static ExecOptions of(String service, int index, List<String> command) {
        return new ExecOptions(service, index, command, List.of(), null, null, Terminal.NONE, null,
                Privileges.DEFAULT, Mode.ATTACHED, null);
    }

    public ExecOptions withEnv(List<String> newEnv) {
        return new ExecOptions(service, index, command, newEnv, user, workingDir, terminal, window,
                privileges, mode, stdin);
    }

    public ExecOptions withUser(String newUser, String newWorkingDir) {
        return new ExecOptions(service, index, command, env, newUser, newWorkingDir, terminal, window,
                privileges, mode, stdin);
    }

    /** A terminal for the command, following {@code newWindow}'s size when not null. */
    public ExecOptions withTerminal(TerminalWindow newWindow) {
        return new ExecOptions(service, index, command, env, user, workingDir, Terminal.TTY, newWindow, privileges,
                mode, stdin);
    }

    public ExecOptions with(Privileges newPrivileges) {
        return new ExecOptions(service, index, command, env, user, workingDir, terminal, window, newPrivileges, mode,
                stdin);
    }

    public ExecOptions with(Mode newMode) {
        return new ExecOptions(service, index, command, env, user, workingDir, terminal, window,
                privileges, newMode, stdin);
    }

    public ExecOptions withStdin(InputStream newStdin) {
        return new ExecOptions(service, index, command, env, user, workingDir, terminal, window,
                privileges, mode, newStdin);
    }

    DockerGateway.ExecRequest request() {
        return new DockerGateway.ExecRequest(command, env, user, workingDir, terminal == Terminal.TTY,
                privileges == Privileges.EXTENDED, mode == Mode.DETACHED, stdin, window);
    }
}
