package dev.berth.cli.progress;

import java.util.Locale;

/** The values of the global {@code --progress} flag, as the reference spells them. */
public enum ProgressMode {
    AUTO, TTY, PLAIN, JSON, QUIET;

    /** Parses a flag or COMPOSE_PROGRESS value; null means auto. */
    public static ProgressMode parse(String value) {
        if (value == null || value.isEmpty()) {
            return AUTO;
        }
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unsupported --progress value \"" + value + "\"");
        }
    }
}
