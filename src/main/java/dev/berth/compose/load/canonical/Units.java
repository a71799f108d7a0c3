package dev.berth.compose.load.canonical;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Byte sizes as docker's go-units RAMInBytes reads them: binary multiples, "1g", "512m", "1.5GB". */
final class Units {
    private Units() {}

    private static final Pattern SIZE = Pattern.compile("^(\\d+(?:\\.\\d+)*) ?([kmgtp])?i?b?$");

    static long bytes(Object v) {
        if (v instanceof Long l) {
            return l;
        }
        if (v instanceof Double d) {
            return d.longValue();
        }
        String s = String.valueOf(v).trim();
        Matcher m = SIZE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid size: '" + s + "'");
            }
        }
        long multiplier = switch (m.group(2) == null ? "" : m.group(2)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            case "t" -> 1L << 40;
            case "p" -> 1L << 50;
            default -> 1L;
        };
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(multiplier)).longValue();
    }
}
