package dev.berth.compose.load.env;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Compose variable substitution: {@code $V}, {@code ${V}}, {@code ${V:-d}} {@code ${V-d}},
 * {@code ${V:?e}} {@code ${V?e}}, {@code ${V:+a}} {@code ${V+a}}, nested defaults, {@code $$} for a
 * literal {@code $}. A {@code $} not followed by a name or brace stays as written, as in the reference.
 */
public final class Template {

    /** A template the reference refuses; {@code required} marks a {@code :?}/{@code ?} failure. */
    public static final class TemplateException extends Exception {
        private final boolean required;

        TemplateException(String message, boolean required) {
            super(message);
            this.required = required;
        }

        public boolean required() {
            return required;
        }
    }

    private final Function<String, String> lookup;
    private final Consumer<String> unset;

    /**
     * @param lookup a variable's value, null when unset
     * @param unset  told about each unset variable that was used without a default
     */
    public Template(Function<String, String> lookup, Consumer<String> unset) {
        this.lookup = lookup;
        this.unset = unset;
    }

    public String substitute(String text) throws TemplateException {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                out.append('$');
                i += 2;
            } else if (next == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    throw invalid(text);
                }
                out.append(braced(text.substring(i + 2, end), text));
                i = end + 1;
            } else if (isNameStart(next)) {
                int end = nameEnd(text, i + 1);
                out.append(value(text.substring(i + 1, end)));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String braced(String body, String whole) throws TemplateException {
        if (body.isEmpty() || !isNameStart(body.charAt(0))) {
            throw invalid(whole);
        }
        int end = nameEnd(body, 0);
        String name = body.substring(0, end);
        String rest = body.substring(end);
        if (rest.isEmpty()) {
            return value(name);
        }
        String raw = lookup.apply(name);
        boolean colon = rest.startsWith(":");
        String op = colon ? rest.substring(1, Math.min(2, rest.length())) : rest.substring(0, 1);
        String arg = rest.substring(colon ? 2 : 1);
        boolean present = raw != null && !(colon && raw.isEmpty());
        return switch (op) {
            case "-" -> present ? raw : substitute(arg);
            case "+" -> present ? substitute(arg) : "";
            case "?" -> {
                if (!present) {
                    String message = substitute(arg);
                    throw new TemplateException("required variable " + name + " is missing a value"
                            + (message.isEmpty() ? "" : ": " + message), true);
                }
                yield raw;
            }
            default -> throw invalid(whole);
        };
    }

    private String value(String name) {
        String v = lookup.apply(name);
        if (v == null) {
            unset.accept(name);
            return "";
        }
        return v;
    }

    /** Index of the brace closing the one opened before {@code from}, counting nested {@code ${}. */
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int nameEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isNamePart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static TemplateException invalid(String text) {
        return new TemplateException("invalid template: " + text, false);
    }
}
