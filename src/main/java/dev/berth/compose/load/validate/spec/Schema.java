package dev.berth.compose.load.validate.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One node of a JSON-schema (draft-07) description, in the vocabulary the compose specification uses:
 * {@code type}, {@code properties}, {@code patternProperties}, {@code additionalProperties: false},
 * {@code required}, {@code items}, {@code uniqueItems}, {@code oneOf}, {@code enum}, {@code pattern},
 * {@code minimum}, {@code maximum} and {@code $ref}. Built once, fluently, by {@link ComposeSpec};
 * every factory returns a fresh node, so a chain never changes a shared one.
 */
public final class Schema {
    /** JSON types; an integer is also a number. */
    public enum Type { NULL, BOOLEAN, OBJECT, ARRAY, NUMBER, INTEGER, STRING }

    final Set<Type> types = EnumSet.noneOf(Type.class);
    final Map<String, Schema> properties = new LinkedHashMap<>();
    final Map<String, Schema> patternProperties = new LinkedHashMap<>();
    final Map<String, Pattern> compiled = new LinkedHashMap<>();
    boolean closed;
    final List<String> required = new ArrayList<>();
    Schema items;
    boolean unique;
    final List<Schema> oneOf = new ArrayList<>();
    final List<Object> enumValues = new ArrayList<>();
    Pattern pattern;
    Double minimum;
    Double maximum;
    String ref;
    String hint;
    final List<Object> examples = new ArrayList<>();

    private Schema() {}

    public static Schema of(Type... types) {
        Schema s = new Schema();
        s.types.addAll(Arrays.asList(types));
        return s;
    }

    /** Anything: the schema {@code {}}. */
    public static Schema any() {
        return new Schema();
    }

    public static Schema string() {
        return of(Type.STRING);
    }

    public static Schema object() {
        return of(Type.OBJECT);
    }

    public static Schema array(Schema items) {
        Schema s = of(Type.ARRAY);
        s.items = items;
        return s;
    }

    public static Schema ref(String definition) {
        Schema s = new Schema();
        s.ref = definition;
        return s;
    }

    public static Schema oneOf(Schema... branches) {
        Schema s = new Schema();
        s.oneOf.addAll(Arrays.asList(branches));
        return s;
    }

    /** An object whose own attributes are the given ones plus {@code x-*} extensions, and nothing else. */
    public static Schema closedObject(Object... namesAndSchemas) {
        return object().props(namesAndSchemas).extensions().closed();
    }

    /** Adds properties given as name, schema, name, schema... */
    public Schema props(Object... namesAndSchemas) {
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], (Schema) namesAndSchemas[i + 1]);
        }
        return this;
    }

    public Schema patternProp(String regex, Schema schema) {
        patternProperties.put(regex, schema);
        compiled.put(regex, Pattern.compile(regex));
        return this;
    }

    public Schema extensions() {
        return patternProp("^x-", any());
    }

    public Schema closed() {
        closed = true;
        return this;
    }

    public Schema required(String... names) {
        required.addAll(Arrays.asList(names));
        return this;
    }

    public Schema unique() {
        unique = true;
        return this;
    }

    public Schema oneOfEnum(Object... values) {
        enumValues.addAll(Arrays.asList(values));
        return this;
    }

    public Schema pattern(String regex) {
        pattern = Pattern.compile(regex);
        return this;
    }

    public Schema minimum(double min) {
        minimum = min;
        return this;
    }

    public Schema maximum(double max) {
        maximum = max;
        return this;
    }

    /**
     * JSON Schema's {@code examples}: values the spec's text names for an attribute it does not restrict
     * (an editor offers them; validation ignores them, as the reference does).
     */
    public Schema examples(Object... values) {
        examples.addAll(Arrays.asList(values));
        return this;
    }

    public List<Object> exampleValues() {
        return List.copyOf(examples);
    }

    /** What to tell a user whose value fails this node. */
    public Schema hint(String text) {
        hint = text;
        return this;
    }

    public Set<Type> types() {
        return Set.copyOf(types);
    }

    public Map<String, Schema> properties() {
        return Map.copyOf(properties);
    }

    public Map<String, Schema> patternProperties() {
        return Map.copyOf(patternProperties);
    }

    public boolean isClosed() {
        return closed;
    }

    public List<String> requiredNames() {
        return List.copyOf(required);
    }

    public Schema items() {
        return items;
    }

    public boolean isUnique() {
        return unique;
    }

    public List<Schema> branches() {
        return List.copyOf(oneOf);
    }

    public List<Object> enumeration() {
        return List.copyOf(enumValues);
    }

    public String patternText() {
        return pattern == null ? null : pattern.pattern();
    }

    public Double min() {
        return minimum;
    }

    public Double max() {
        return maximum;
    }

    public String refName() {
        return ref;
    }
}
