package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The words of one docker command as they are collected, and the fields the CLI cannot say. */
final class CliWords {
    final List<String> words = new ArrayList<>();
    final List<String> unsaid = new ArrayList<>();
    private final Predicate<String> secretEnv;

    CliWords(Predicate<String> secretEnv) {
        this.secretEnv = secretEnv;
    }

    void flag(String flag, String value) {
        if (value != null) {
            words.add(flag);
            words.add(value);
        }
    }

    void on(String flag, JsonNode value) {
        if (value != null && value.asBoolean(false)) {
            words.add(flag);
        }
    }

    /** A secret variable goes by name alone: the CLI then takes its value from the caller's environment. */
    void env(String entry) {
        int eq = entry.indexOf('=');
        String name = eq < 0 ? entry : entry.substring(0, eq);
        flag("--env", secretEnv.test(name) ? name : entry);
    }

    void unsaid(String key, JsonNode v) {
        if (!isDefault(v)) {
            unsaid.add("no CLI flag for " + key);
        }
    }

    static boolean isDefault(JsonNode v) {
        return v == null || v.isNull() || (v.isBoolean() && !v.asBoolean()) || (v.isNumber() && v.asLong() == 0)
                || (v.isContainerNode() && v.isEmpty()) || (v.isTextual() && v.asText().isEmpty());
    }
}
