package dev.berth.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;

/**
 * Durations and sizes in the engine's CLI words: "Less than a second", "About a minute", "3 hours", "2 weeks";
 * "1.98MB" (decimal units, three significant digits).
 */
final class Human {
    private Human() {}

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        long minutes = d.toMinutes();
        long hours = Math.round(d.toMillis() / 3_600_000.0);
        if (seconds < 1) {
            return "Less than a second";
        } else if (seconds == 1) {
            return "1 second";
        } else if (seconds < 60) {
            return seconds + " seconds";
        } else if (minutes == 1) {
            return "About a minute";
        } else if (minutes < 60) {
            return minutes + " minutes";
        } else if (hours == 1) {
            return "About an hour";
        } else if (hours < 48) {
            return hours + " hours";
        } else if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        } else if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        } else if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return d.toHours() / 24 / 365 + " years";
    }

    /** "3 seconds ago" for a time {@code epochSeconds} before now. */
    static String ago(long epochSeconds) {
        return duration(Duration.between(Instant.ofEpochSecond(epochSeconds), Instant.now())) + " ago";
    }

    /** "1.98MB": decimal units, three significant digits. */
    static String size(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return rounded.stripTrailingZeros().toPlainString() + units[unit];
    }
}
