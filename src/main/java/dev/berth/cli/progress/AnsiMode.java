package dev.berth.cli.progress;

import java.util.Locale;

/** The values of the global {@code --ansi} flag. */
public enum AnsiMode {
    NEVER, ALWAYS, AUTO;

    /** Parses a flag or COMPOSE_ANSI value; like the reference, an unknown value means auto. */
    public static AnsiMode parse(String value) {
        if (value == null) {
            return AUTO;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "never" -> NEVER;
            case "always" -> ALWAYS;
            default -> AUTO;
        };
    }
}
