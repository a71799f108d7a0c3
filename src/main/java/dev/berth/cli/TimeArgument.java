package dev.berth.cli;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time given on the command line ({@code logs --since/--until}) as the engine's CLI reads it: a duration before
 * now ({@code 10m}, {@code 1h30m}, {@code 1.5h}), a date or date-time ({@code 2026-01-02}, {@code 2026-01-02T15:04},
 * with or without a zone; without one it is the caller's local time) or seconds since the epoch.
 */
final class TimeArgument {
    private static final Pattern DURATION = Pattern.compile("([-+]?)((?:(?:\\d+\\.?\\d*|\\.\\d+)(?:ns|us|µs|μs|ms|s|m|h))+)");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2})(?::(\\d{2}))?(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?([zZ]|[-+]\\d{2}:\\d{2})?");
    private static final Pattern EPOCH = Pattern.compile("(\\d+)(?:\\.(\\d{1,9}))?");
    private static final Map<String, Long> NANOS_PER_UNIT = Map.of("ns", 1L, "us", 1_000L, "µs", 1_000L, "μs", 1_000L,
            "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private TimeArgument() {}

    /** The instant {@code value} names, durations counted back from {@code now}; local times in {@code zone}. */
    static Instant parse(String value, Instant now, ZoneId zone) {
        Matcher d = DURATION.matcher(value);
        if (d.matches()) {
            Duration length = duration(d.group(2));
            return d.group(1).equals("-") ? now.plus(length) : now.minus(length);
        }
        Matcher t = DATE_TIME.matcher(value);
        if (t.matches()) {
            try {
                LocalDateTime local = LocalDateTime.of(number(t, 1), number(t, 2), number(t, 3), number(t, 4),
                        number(t, 5), number(t, 6), t.group(7) == null ? 0 : Integer.parseInt((t.group(7) + "00000000").substring(0, 9)));
                String offset = t.group(8);
                return offset == null ? local.atZone(zone).toInstant()
                        : local.toInstant(offset.equalsIgnoreCase("z") ? ZoneOffset.UTC : ZoneOffset.of(offset));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("invalid time \"" + value + "\": " + e.getMessage(), e);
            }
        }
        Matcher e = EPOCH.matcher(value);
        if (e.matches()) {
            long nanos = e.group(2) == null ? 0 : Long.parseLong((e.group(2) + "00000000").substring(0, 9));
            return Instant.ofEpochSecond(Long.parseLong(e.group(1)), nanos);
        }
        throw new IllegalArgumentException("failed to parse value as time or duration: \"" + value + "\"");
    }

    /** The caller's local zone: its TZ when it gives one, else this machine's. */
    static ZoneId zone(Map<String, String> environment) {
        String tz = environment.get("TZ");
        try {
            return tz == null || tz.isBlank() ? ZoneId.systemDefault() : ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz);
        } catch (DateTimeException e) {
            return ZoneId.systemDefault();
        }
    }

    private static Duration duration(String text) {
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher part = DURATION_PART.matcher(text);
        while (part.find()) {
            nanos = nanos.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(NANOS_PER_UNIT.get(part.group(2)))));
        }
        return Duration.ofNanos(nanos.longValue());
    }

    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }
}
