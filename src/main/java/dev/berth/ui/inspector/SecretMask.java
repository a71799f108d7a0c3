package dev.berth.ui.inspector;

import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.Project;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Hides secrets before anything reaches the screen: values of variables whose names say they are
 * secret (PASSWORD, SECRET, TOKEN, KEY), and any value equal to a project secret's content.
 */
public final class SecretMask {
    public static final String MASK = "••••••";
    private static final String[] SENSITIVE = {"PASSWORD", "PASSWD", "SECRET", "TOKEN", "KEY"};
    private final Set<String> secretValues;

    public SecretMask(Set<String> secretValues) {
        this.secretValues = Set.copyOf(secretValues);
    }

    /** Secret values known from the project: inline content and the environment variables secrets read. */
    public static SecretMask of(Project project, Map<String, String> environment) {
        Set<String> values = new HashSet<>();
        for (FileObject s : project.secrets().values()) {
            if (s.content() != null && !s.content().isEmpty()) {
                values.add(s.content());
            }
            if (s.environment() != null && environment.get(s.environment()) != null) {
                values.add(environment.get(s.environment()));
            }
        }
        values.removeIf(v -> v.length() < 3);
        return new SecretMask(values);
    }

    public static boolean sensitiveName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        for (String word : SENSITIVE) {
            if (upper.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The value as it may be shown: masked when its name or the value itself is secret. */
    public String show(String name, String value) {
        if (value == null) {
            return "(unset)";
        }
        if (sensitiveName(name) || secretValues.contains(value)) {
            return MASK;
        }
        return hideInside(value);
    }

    /** Replaces secret values that appear inside a longer text (a command line, a URL). */
    public String hideInside(String text) {
        String out = text;
        for (String secret : secretValues) {
            out = out.replace(secret, MASK);
        }
        return out;
    }
}
