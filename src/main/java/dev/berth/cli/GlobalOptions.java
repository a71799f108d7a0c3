package dev.berth.cli;

import dev.berth.cli.progress.Progress;
import dev.berth.cli.progress.ProgressSettings;
import dev.berth.cli.progress.ProgressSink;
import dev.berth.compose.load.LoadOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The global compose flags. Mix it into the root and into every subcommand
 * ({@code @Mixin GlobalOptions global;}) so flags work before and after the subcommand name,
 * as with docker compose; {@link #toLoadOptions} combines both places.
 */
public final class GlobalOptions {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", description = "Compose configuration files (repeatable, - for stdin)")
    List<String> files = new ArrayList<>();

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name")
    String projectName;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Specify a profile to enable (repeatable)")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE", description = "Specify an alternate environment file (repeatable)")
    List<String> envFiles = new ArrayList<>();

    @Option(names = "--project-directory", paramLabel = "DIR", description = "Specify an alternate working directory")
    String projectDirectory;

    @Option(names = "--progress", paramLabel = "MODE", description = "Set type of progress output (auto, tty, plain, json, quiet)")
    String progress;

    @Option(names = "--ansi", paramLabel = "WHEN", description = "Control when to print ANSI control characters (never|always|auto)")
    String ansi;

    /** The caller of this command line: its environment, directory, streams and terminal. */
    public Invocation caller() {
        return BerthCommand.caller(mixee);
    }

    /** How this command shows progress: the flags, else COMPOSE_PROGRESS/COMPOSE_ANSI, and the caller's terminal. */
    public ProgressSettings progressSettings() {
        GlobalOptions all = combined();
        Invocation caller = caller();
        return ProgressSettings.of(all.progress, all.ansi, caller.terminal(), caller.environment());
    }

    /** Progress on the caller's stderr for engine work headed {@code title} ("Running", "Stopping"...); close it afterwards. */
    public ProgressSink progress(String title) {
        return Progress.open(progressSettings(), title, progressStream());
    }

    /** As {@link #progress(String)}; a command's own {@code -q} turns it quiet. */
    public ProgressSink progress(String title, boolean quiet) {
        return quiet ? Progress.open(progressSettings().quiet(), title, progressStream()) : progress(title);
    }

    /** Where progress goes: stderr, or stdout with COMPOSE_STATUS_STDOUT set true, as in the reference. */
    private java.io.PrintStream progressStream() {
        Invocation caller = caller();
        return truthy(caller.environment().get("COMPOSE_STATUS_STDOUT")) ? caller.out() : caller.err();
    }

    /** A boolean environment variable as Go's strconv.ParseBool reads it (1, t, true...); anything else is false. */
    static boolean truthy(String value) {
        return value != null && List.of("1", "t", "T", "TRUE", "true", "True").contains(value);
    }

    /** Options from the parent command line first, then this command's (scalars: the later one wins). */
    public LoadOptions toLoadOptions() {
        Invocation caller = caller();
        return toLoadOptions(caller.environment(), caller.workingDir());
    }

    public LoadOptions toLoadOptions(Map<String, String> environment, Path cwd) {
        GlobalOptions all = combined();
        return new LoadOptions(all.files.stream().map(Path::of).toList(), cwd,
                all.projectDirectory == null ? null : cwd.resolve(all.projectDirectory).normalize(),
                all.projectName, all.profiles, envFiles(all.envFiles, environment).stream().map(Path::of).toList(),
                environment, true, List.of());
    }

    /** {@code --env-file} values, else the caller's COMPOSE_ENV_FILES (comma-separated), as the reference. */
    private static List<String> envFiles(List<String> flags, Map<String, String> environment) {
        String fromEnv = environment.get("COMPOSE_ENV_FILES");
        if (!flags.isEmpty() || fromEnv == null || fromEnv.isEmpty()) {
            return flags;
        }
        return List.of(fromEnv.split(","));
    }

    /**
     * The global options given to the ancestors of a command that cannot mix them in itself
     * ({@code logs}, where {@code -f} means {@code --follow}).
     */
    public static GlobalOptions inherited(CommandSpec spec) {
        GlobalOptions out = new GlobalOptions();
        out.mixee = spec;
        return out;
    }

    /** This instance merged with the same mixin of every ancestor command, outermost first. */
    GlobalOptions combined() {
        GlobalOptions out = new GlobalOptions();
        List<GlobalOptions> chain = new ArrayList<>();
        for (CommandSpec spec = mixee; spec != null; spec = spec.parent()) {
            GlobalOptions found = spec == mixee && find(spec) == null ? this : find(spec);
            if (found != null) {
                chain.addFirst(found);
            }
        }
        if (mixee == null) {
            chain.add(this);
        }
        for (GlobalOptions g : chain) {
            out.files.addAll(g.files);
            out.profiles.addAll(g.profiles);
            out.envFiles.addAll(g.envFiles);
            out.projectName = g.projectName != null ? g.projectName : out.projectName;
            out.projectDirectory = g.projectDirectory != null ? g.projectDirectory : out.projectDirectory;
            out.progress = g.progress != null ? g.progress : out.progress;
            out.ansi = g.ansi != null ? g.ansi : out.ansi;
        }
        return out;
    }

    private static GlobalOptions find(CommandSpec spec) {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof GlobalOptions g) {
                return g;
            }
        }
        return null;
    }
}
