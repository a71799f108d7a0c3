package dev.berth.compose.load.validate.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Berth's description of the Compose Specification against the schema the installed reference validates
 * with (docker compose embeds it): every definition, property, type, pattern, minimum, maximum, enum,
 * required list, uniqueItems, oneOf and additionalProperties must be the same. Nothing is fetched or
 * kept: the schema is read out of the reference binary for the duration of the test.
 */
class ComposeSpecCrossCheckTest {
    private static final Set<String> IGNORED = Set.of("description", "deprecated", "default", "$comment", "title",
            "$schema", "$id", "definitions");
    private final List<String> differences = new ArrayList<>();

    @Test
    void berthsSpecIsTheReferencesSchema() throws IOException {
        JsonNode schema = referenceSchema();
        compare(schema, ComposeSpec.ROOT, "#");
        JsonNode definitions = schema.get("definitions");
        Set<String> theirs = new TreeSet<>();
        definitions.fieldNames().forEachRemaining(theirs::add);
        assertThat(new TreeSet<>(ComposeSpec.definitions().keySet())).isEqualTo(theirs);
        for (String name : theirs) {
            compare(definitions.get(name), ComposeSpec.definition(name), "#/definitions/" + name);
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theServiceDefinitionHasEveryAttributeOfTheSpec() throws IOException {
        JsonNode service = referenceSchema().get("definitions").get("service").get("properties");
        Set<String> theirs = new TreeSet<>();
        service.fieldNames().forEachRemaining(theirs::add);
        assertThat(new TreeSet<>(ComposeSpec.definition("service").properties().keySet())).isEqualTo(theirs);
    }

    private void compare(JsonNode ref, Schema mine, String at) {
        ref.fieldNames().forEachRemaining(k -> {
            if (!IGNORED.contains(k) && !Set.of("$ref", "type", "properties", "patternProperties",
                    "additionalProperties", "required", "items", "uniqueItems", "oneOf", "enum", "pattern",
                    "minimum", "maximum").contains(k)) {
                differences.add(at + ": keyword '" + k + "' is not described by Berth");
            }
        });
        same(at + " $ref", ref.has("$ref") ? ref.get("$ref").asText().replace("#/definitions/", "") : null,
                mine.refName());
        same(at + " type", types(ref.get("type")), names(mine.types()));
        same(at + " additionalProperties", ref.has("additionalProperties")
                && !ref.get("additionalProperties").asBoolean(), mine.isClosed());
        same(at + " required", strings(ref.get("required")), new TreeSet<>(mine.requiredNames()));
        same(at + " uniqueItems", ref.path("uniqueItems").asBoolean(false), mine.isUnique());
        same(at + " enum", strings(ref.get("enum")), new TreeSet<>(mine.enumeration().stream().map(String::valueOf).toList()));
        same(at + " pattern", ref.has("pattern") ? ref.get("pattern").asText() : null, mine.patternText());
        same(at + " minimum", ref.has("minimum") ? ref.get("minimum").asDouble() : null, mine.min());
        same(at + " maximum", ref.has("maximum") ? ref.get("maximum").asDouble() : null, mine.max());
        children(ref.get("properties"), mine.properties(), at + "/properties");
        children(ref.get("patternProperties"), mine.patternProperties(), at + "/patternProperties");
        if (ref.has("items") != (mine.items() != null)) {
            differences.add(at + " items: " + ref.has("items") + " vs " + (mine.items() != null));
        } else if (ref.has("items")) {
            compare(ref.get("items"), mine.items(), at + "/items");
        }
        JsonNode oneOf = ref.path("oneOf");
        if (oneOf.size() != mine.branches().size()) {
            differences.add(at + " oneOf: " + oneOf.size() + " forms vs " + mine.branches().size());
        } else {
            for (int i = 0; i < oneOf.size(); i++) {
                compare(oneOf.get(i), mine.branches().get(i), at + "/oneOf/" + i);
            }
        }
    }

    private void children(JsonNode ref, java.util.Map<String, Schema> mine, String at) {
        Set<String> theirs = new TreeSet<>();
        if (ref != null) {
            ref.fieldNames().forEachRemaining(theirs::add);
        }
        same(at, theirs, new TreeSet<>(mine.keySet()));
        for (String k : theirs) {
            if (mine.containsKey(k)) {
                compare(ref.get(k), mine.get(k), at + "/" + k);
            }
        }
    }

    private void same(String what, Object theirs, Object ours) {
        if (!java.util.Objects.equals(theirs, ours)) {
            differences.add(what + ": spec " + theirs + ", Berth " + ours);
        }
    }

    private static Set<String> types(JsonNode type) {
        Set<String> out = new TreeSet<>();
        if (type != null && type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else if (type != null) {
            out.add(type.asText());
        }
        return out;
    }

    private static Set<String> names(Set<Schema.Type> types) {
        Set<String> out = new TreeSet<>();
        types.forEach(t -> out.add(t.name().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> out = new TreeSet<>();
        if (list != null) {
            list.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    /** The compose-spec JSON embedded in the reference's binary (go:embed keeps it as text). */
    static JsonNode referenceSchema() throws IOException {
        Path binary = Stream.of(System.getProperty("user.home") + "/.docker/cli-plugins/docker-compose",
                        "/usr/libexec/docker/cli-plugins/docker-compose", "/usr/local/lib/docker/cli-plugins/docker-compose",
                        "/usr/lib/docker/cli-plugins/docker-compose")
                .map(Path::of).filter(Files::isRegularFile).findFirst().orElse(null);
        assumeTrue(binary != null, "the reference docker compose is not installed");
        byte[] data = Files.readAllBytes(binary);
        String text = new String(data, StandardCharsets.ISO_8859_1);
        int id = text.indexOf("\"$id\": \"compose_spec.json\"");
        assumeTrue(id > 0, "the reference binary embeds no compose schema");
        int start = text.lastIndexOf('{', id);
        return new ObjectMapper().readTree(text.substring(start, end(text, start) + 1));
    }

    private static int end(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unterminated schema");
    }
}
