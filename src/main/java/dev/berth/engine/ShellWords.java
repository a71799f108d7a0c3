package dev.berth.engine;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Words written for bash: plain when safe, else in single quotes ({@code '} as {@code '\''}); a word
 * with a line break or tab goes in ANSI-C quotes ({@code $'a\nb'}) so that one command stays one line.
 */
public final class ShellWords {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {}

    public static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        if (word.chars().anyMatch(c -> c < 0x20)) {
            StringBuilder b = new StringBuilder("$'");
            for (char c : word.toCharArray()) {
                switch (c) {
                    case '\n' -> b.append("\\n");
                    case '\t' -> b.append("\\t");
                    case '\r' -> b.append("\\r");
                    case '\\' -> b.append("\\\\");
                    case '\'' -> b.append("\\'");
                    default -> b.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
                }
            }
            return b.append('\'').toString();
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    public static String join(List<String> words) {
        return String.join(" ", words.stream().map(ShellWords::quote).toList());
    }
}
