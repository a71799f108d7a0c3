package dev.berth.compose.load.env;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Parses a .env file like the reference: {@code KEY=VALUE} (or {@code KEY: VALUE}), optional
 * {@code export}, {@code #} comments, single quotes literal, double quotes with escapes, both may
 * span lines; unquoted and double-quoted values are interpolated (the given lookup first, then
 * keys defined earlier in the file). A bare {@code KEY} takes its value from the lookup, if any.
 */
public final class DotEnv {
    private final String text;
    private final Function<String, String> outside;
    private final Map<String, String> values = new LinkedHashMap<>();
    private int pos;
    private int line = 1;

    /** A line that cannot be parsed, at a 1-based line and column. */
    public static final class DotEnvException extends Exception {
        private final int line;
        private final int column;

        DotEnvException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    private DotEnv(String text, Function<String, String> outside) {
        this.text = text.replace("\r\n", "\n");
        this.outside = outside;
    }

    public static Map<String, String> parse(String text, Function<String, String> outside) throws DotEnvException {
        return new DotEnv(text, outside).run();
    }

    private Map<String, String> run() throws DotEnvException {
        while (pos < text.length()) {
            skipBlank();
            if (pos >= text.length()) {
                break;
            }
            if (text.charAt(pos) == '#') {
                skipLine();
                continue;
            }
            entry();
        }
        return values;
    }

    private void entry() throws DotEnvException {
        int start = line;
        int keyAt = pos;
        String key = key();
        if (key.startsWith("export ") || key.startsWith("export\t")) {
            key = key.substring(7).strip();
        }
        if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '#') {
            skipLine();
            String v = outside.apply(key);
            if (v != null) {
                values.put(key, v);
            }
            return;
        }
        pos++; // '=' or ':'
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
        values.put(checked(key, start, keyAt), value());
    }

    private String key() {
        int start = pos;
        while (pos < text.length() && "=:\n#".indexOf(text.charAt(pos)) < 0) {
            pos++;
        }
        return text.substring(start, pos).strip();
    }

    /** A name with a space or a quote in it is refused where the bad character is; an empty one at its start. */
    private String checked(String key, int start, int keyAt) throws DotEnvException {
        if (key.isEmpty()) {
            throw new DotEnvException("unexpected character in variable name \"\"", start, column(keyAt));
        }
        int at = text.indexOf(key, keyAt);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c)) {
                throw new DotEnvException("key cannot contain a space", start, column(at + i));
            }
            if (c == '\'' || c == '"') {
                throw new DotEnvException("unexpected character " + c + " in variable name \"" + key + "\"",
                        start, column(at + i));
            }
        }
        return key;
    }

    /** The 1-based column of a position in the text. */
    private int column(int offset) {
        return offset - text.lastIndexOf('\n', offset - 1);
    }

    private String value() throws DotEnvException {
        if (pos >= text.length()) {
            return "";
        }
        char q = text.charAt(pos);
        if (q == '\'' || q == '"') {
            int start = line;
            int quoteAt = pos;
            int end = closingQuote(q);
            if (end < 0) {
                throw new DotEnvException("unterminated quoted value", start, column(quoteAt));
            }
            String raw = text.substring(pos + 1, end);
            line += (int) raw.chars().filter(c -> c == '\n').count();
            pos = end + 1;
            skipLine();
            return q == '\'' ? raw : interpolate(unescape(raw), start, quoteAt + 1);
        }
        int end = text.indexOf('\n', pos);
        int valueAt = pos;
        String raw = text.substring(pos, end < 0 ? text.length() : end);
        pos = end < 0 ? text.length() : end;
        int comment = raw.indexOf(" #");
        if (comment >= 0) {
            raw = raw.substring(0, comment);
        }
        return interpolate(raw.strip(), line, valueAt);
    }

    private int closingQuote(char q) {
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && q == '"') {
                i++;
            } else if (c == q) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char n = raw.charAt(++i);
            switch (n) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '"', '\\', '$' -> out.append(n == '$' ? "$$" : String.valueOf(n));
                default -> out.append('\\').append(n);
            }
        }
        return out.toString();
    }

    private String interpolate(String raw, int at, int offset) throws DotEnvException {
        Template t = new Template(name -> {
            String v = outside.apply(name);
            return v != null ? v : values.get(name);
        }, name -> { });
        try {
            return t.substitute(raw);
        } catch (Template.TemplateException e) {
            throw new DotEnvException(e.getMessage(), at, column(offset));
        }
    }

    private void skipBlank() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            if (text.charAt(pos) == '\n') {
                line++;
            }
            pos++;
        }
    }

    private void skipLine() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }
}
