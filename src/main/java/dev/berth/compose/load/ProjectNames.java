package dev.berth.compose.load;

import java.util.Locale;

/** Project names: lowercase letters, digits, '-' and '_', starting with a letter or digit. */
final class ProjectNames {
    private ProjectNames() {}

    /** Lowercases, drops every other character, and trims leading '-' and '_', like the reference. */
    static String normalize(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                out.append(c);
            }
        }
        int i = 0;
        while (i < out.length() && (out.charAt(i) == '_' || out.charAt(i) == '-')) {
            i++;
        }
        return out.substring(i);
    }

    static Problem invalid(String name) {
        return new Problem(null, "", "invalid project name \"" + name + "\": must consist only of lowercase "
                + "alphanumeric characters, hyphens, and underscores as well as start with a letter or number", null);
    }
}
