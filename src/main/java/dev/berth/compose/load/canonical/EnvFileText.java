package dev.berth.compose.load.canonical;

import java.util.LinkedHashMap;
import java.util.Map;

/** The text of an env_file: KEY=VALUE lines, optional export, quotes, comments; a bare KEY comes from the environment. */
final class EnvFileText {
    private EnvFileText() {}

    static Map<String, Object> parse(String text, boolean raw, Map<String, String> environment) {
        Map<String, Object> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (raw) {
                int eq = l.indexOf('=');
                if (eq > 0) {
                    out.put(l.substring(0, eq), l.substring(eq + 1));
                }
                continue;
            }
            if (l.startsWith("export ")) {
                l = l.substring(7).strip();
            }
            int eq = l.indexOf('=');
            if (eq < 0) {
                if (environment.containsKey(l)) {
                    out.put(l, environment.get(l));
                }
                continue;
            }
            String key = l.substring(0, eq).strip();
            if (key.isEmpty() || key.contains(" ")) {
                throw new IllegalArgumentException("line " + lineNo + ": invalid variable name '" + key + "'");
            }
            out.put(key, value(l.substring(eq + 1).strip()));
        }
        return out;
    }

    private static String value(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int end = v.indexOf(v.charAt(0), 1);
            if (end > 0) {
                String inner = v.substring(1, end);
                return v.charAt(0) == '"' ? inner.replace("\\n", "\n").replace("\\\"", "\"") : inner;
            }
        }
        int comment = v.indexOf(" #");
        return (comment >= 0 ? v.substring(0, comment) : v).strip();
    }
}
