package dev.berth.cli.progress;

import java.util.Map;

/**
 * What the user asked for ({@code --progress}, {@code --ansi}, or COMPOSE_PROGRESS / COMPOSE_ANSI when a flag is
 * absent) and whether the caller has a terminal; {@link #output} decides how progress is shown.
 */
public record ProgressSettings(ProgressMode mode, AnsiMode ansi, boolean terminal, Map<String, String> environment) {

    public ProgressSettings {
        environment = Map.copyOf(environment);
    }

    /** Flags win over the environment; the environment is the caller's (see Invocation). */
    public static ProgressSettings of(String progressFlag, String ansiFlag, boolean terminal,
                                      Map<String, String> environment) {
        String progress = progressFlag != null ? progressFlag : environment.get("COMPOSE_PROGRESS");
        String ansi = ansiFlag != null ? ansiFlag : environment.get("COMPOSE_ANSI");
        return new ProgressSettings(ProgressMode.parse(progress), AnsiMode.parse(ansi), terminal, environment);
    }

    /**
     * Whether log prefixes and container status lines are coloured, as the reference decides: {@code --ansi always}
     * forces it, {@code never} and NO_COLOR forbid it, {@code auto} colours on a terminal.
     */
    public boolean logColours() {
        return !environment.containsKey("NO_COLOR") && (ansi == AnsiMode.ALWAYS || ansi == AnsiMode.AUTO && terminal);
    }

    /** The same settings with progress off, for a command's own {@code -q}. */
    public ProgressSettings quiet() {
        return new ProgressSettings(ProgressMode.QUIET, ansi, terminal, environment);
    }

    /**
     * The reference's checks of the two flags together, made before any command runs.
     * @throws IllegalArgumentException with the reference's message
     */
    public void check() {
        if (mode == ProgressMode.PLAIN && ansi == AnsiMode.ALWAYS) {
            throw new IllegalArgumentException("can't use --progress plain while ANSI support is forced");
        }
        output();
    }

    /** The concrete output: never AUTO. Asking for tty with ANSI turned off is an error, as in the reference. */
    public ProgressMode output() {
        return switch (mode) {
            case TTY -> {
                if (ansi == AnsiMode.NEVER) {
                    throw new IllegalArgumentException("can't use --progress tty while ANSI support is disabled");
                }
                yield ProgressMode.TTY;
            }
            case AUTO -> switch (ansi) {
                case NEVER -> ProgressMode.PLAIN;
                case ALWAYS -> ProgressMode.TTY;
                case AUTO -> terminal ? ProgressMode.TTY : ProgressMode.PLAIN;
            };
            default -> mode;
        };
    }

    /** Colours in the live view unless NO_COLOR is set (https://no-color.org); cursor movement stays. */
    public boolean colour() {
        return !environment.containsKey("NO_COLOR");
    }
}
