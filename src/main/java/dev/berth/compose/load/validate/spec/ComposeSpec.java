package dev.berth.compose.load.validate.spec;

import static dev.berth.compose.load.validate.spec.Schema.Type.BOOLEAN;
import static dev.berth.compose.load.validate.spec.Schema.Type.INTEGER;
import static dev.berth.compose.load.validate.spec.Schema.Type.NULL;
import static dev.berth.compose.load.validate.spec.Schema.Type.NUMBER;
import static dev.berth.compose.load.validate.spec.Schema.Type.STRING;
import static dev.berth.compose.load.validate.spec.Schema.array;
import static dev.berth.compose.load.validate.spec.Schema.of;
import static dev.berth.compose.load.validate.spec.Schema.oneOf;
import static dev.berth.compose.load.validate.spec.Schema.ref;
import static dev.berth.compose.load.validate.spec.Schema.string;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Compose Specification's JSON schema (the draft-07 one the reference v2.40.3 validates with),
 * written out as Berth's own description: the top level and the shared definitions here, the
 * service in {@link ServiceSpec}, deploy/develop/healthcheck in {@link DeploySpec}, top-level
 * resources in {@link ResourceSpec}. {@link SpecCheck} walks it.
 */
public final class ComposeSpec {
    private ComposeSpec() {}

    /** Names of services, networks, volumes, secrets, configs and models. */
    static final String NAME = "^[a-zA-Z0-9._-]+$";

    private static final Map<String, Schema> DEFINITIONS = new LinkedHashMap<>();

    static {
        define("list_of_strings", array(string()).unique());
        define("string_or_list", oneOf(string(), ref("list_of_strings")));
        define("list_or_dict", oneOf(
                Schema.object().patternProp(".+", of(STRING, NUMBER, BOOLEAN, NULL)).closed(),
                array(string()).unique()));
        define("extra_hosts", oneOf(
                Schema.object().patternProp(".+", oneOf(string(), array(string()))).closed(),
                array(string()).unique()));
        define("command", oneOf(of(NULL), string(), array(string())));
        define("label_file", oneOf(string(), array(string())));
        define("env_file", oneOf(string(), array(oneOf(string(), Schema.object()
                .props("path", string(), "format", string(), "required", of(BOOLEAN, STRING))
                .required("path").closed()))));
        define("blkio_limit", Schema.object().props("path", string(), "rate", of(INTEGER, STRING)).closed());
        define("blkio_weight", Schema.object().props("path", string(), "weight", of(INTEGER, STRING)).closed());
        define("service_config_or_secret", array(oneOf(string(), Schema.closedObject("source", string(),
                "target", string(), "uid", string(), "gid", string(), "mode", of(NUMBER, STRING)))));
        define("ulimits", Schema.object().patternProp("^[a-z]+$", oneOf(of(INTEGER, STRING),
                Schema.closedObject("hard", of(INTEGER, STRING), "soft", of(INTEGER, STRING))
                        .required("soft", "hard"))));
        define("service_hook", Schema.closedObject("command", ref("command"), "user", string(),
                "privileged", of(BOOLEAN, STRING), "working_dir", string(), "environment", ref("list_or_dict"))
                .required("command"));
        DeploySpec.define();
        ResourceSpec.define();
        define("service", ServiceSpec.service());
    }

    static void define(String name, Schema schema) {
        DEFINITIONS.put(name, schema);
    }

    /** A definition by name, as {@code #/definitions/NAME} names it. */
    public static Schema definition(String name) {
        Schema s = DEFINITIONS.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no definition " + name);
        }
        return s;
    }

    public static Map<String, Schema> definitions() {
        return Map.copyOf(DEFINITIONS);
    }

    /** The whole file. */
    public static final Schema ROOT = Schema.object().props(
            "version", string(), "name", string(), "include", array(ref("include")),
            "services", named("service").closed(), "models", named("model"), "networks", named("network"),
            "volumes", named("volume").closed(), "secrets", named("secret").closed(),
            "configs", named("config").closed()).extensions().closed();

    private static Schema named(String definition) {
        return Schema.object().patternProp(NAME, ref(definition));
    }
}
