package dev.berth.cli.progress;

/** The values of the global {@code --progress} flag, as the reference spells them. */
public enum ProgressMode {
    AUTO, TTY, PLAIN, JSON, QUIET;

    /** Parses a flag or COMPOSE_PROGRESS value as the reference does (lower case only, "none" is quiet); null means auto. */
    public static ProgressMode parse(String value) {
        return switch (value == null ? "" : value) {
            case "", "auto" -> AUTO;
            case "tty" -> TTY;
            case "plain" -> PLAIN;
            case "json" -> JSON;
            case "quiet", "none" -> QUIET;
            default -> throw new IllegalArgumentException("unsupported --progress value \"" + value + "\"");
        };
    }
}
