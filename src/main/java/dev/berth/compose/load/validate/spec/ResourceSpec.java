package dev.berth.compose.load.validate.spec;

import static dev.berth.compose.load.validate.spec.Schema.Type.BOOLEAN;
import static dev.berth.compose.load.validate.spec.Schema.Type.INTEGER;
import static dev.berth.compose.load.validate.spec.Schema.Type.NULL;
import static dev.berth.compose.load.validate.spec.Schema.Type.NUMBER;
import static dev.berth.compose.load.validate.spec.Schema.Type.OBJECT;
import static dev.berth.compose.load.validate.spec.Schema.Type.STRING;
import static dev.berth.compose.load.validate.spec.Schema.array;
import static dev.berth.compose.load.validate.spec.Schema.closedObject;
import static dev.berth.compose.load.validate.spec.Schema.object;
import static dev.berth.compose.load.validate.spec.Schema.of;
import static dev.berth.compose.load.validate.spec.Schema.oneOf;
import static dev.berth.compose.load.validate.spec.Schema.ref;
import static dev.berth.compose.load.validate.spec.Schema.string;

/** The spec's top-level elements besides services: include, network, volume, secret, config, model. */
final class ResourceSpec {
    private ResourceSpec() {}

    static void define() {
        ComposeSpec.define("include", oneOf(string(), object().props("path", ref("string_or_list"),
                "env_file", ref("string_or_list"), "project_directory", string()).closed()));
        ComposeSpec.define("network", of(OBJECT, NULL).props("name", string(), "driver", string(),
                "driver_opts", options(), "ipam", closedObject("driver", string(),
                        "config", array(closedObject("subnet", string(), "ip_range", string(), "gateway", string(),
                                "aux_addresses", object().patternProp("^.+$", string()).closed())),
                        "options", object().patternProp("^.+$", string()).closed()),
                "external", external(), "internal", of(BOOLEAN, STRING), "enable_ipv4", of(BOOLEAN, STRING),
                "enable_ipv6", of(BOOLEAN, STRING), "attachable", of(BOOLEAN, STRING),
                "labels", ref("list_or_dict")).extensions().closed());
        ComposeSpec.define("volume", of(OBJECT, NULL).props("name", string(), "driver", string(),
                "driver_opts", options(), "external", external(), "labels", ref("list_or_dict"))
                .extensions().closed());
        ComposeSpec.define("secret", closedObject("name", string(), "environment", string(), "file", string(),
                "external", of(BOOLEAN, STRING, OBJECT).props("name", string()), "labels", ref("list_or_dict"),
                "driver", string(), "driver_opts", options(), "template_driver", string()));
        ComposeSpec.define("config", closedObject("name", string(), "content", string(), "environment", string(),
                "file", string(), "external", of(BOOLEAN, STRING, OBJECT).props("name", string()),
                "labels", ref("list_or_dict"), "template_driver", string()));
        ComposeSpec.define("model", closedObject("name", string(), "model", string(), "context_size", of(INTEGER),
                "runtime_flags", array(string())).required("model"));
    }

    private static Schema options() {
        return object().patternProp("^.+$", of(STRING, NUMBER));
    }

    /** The legacy {@code external: {name: x}} form is still allowed. */
    private static Schema external() {
        return of(BOOLEAN, STRING, OBJECT).props("name", string()).extensions().closed();
    }
}
