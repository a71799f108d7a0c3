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

/** The spec's deployment, development, healthcheck, devices and gpus definitions. */
final class DeploySpec {
    private DeploySpec() {}

    static void define() {
        ComposeSpec.define("healthcheck", closedObject("disable", of(BOOLEAN, STRING), "interval", string(),
                "retries", of(NUMBER, STRING), "test", oneOf(string(), array(string())), "timeout", string(),
                "start_period", string(), "start_interval", string()));
        ComposeSpec.define("development", of(OBJECT, NULL).props("watch", array(closedObject(
                "ignore", ref("string_or_list"), "include", ref("string_or_list"), "path", string(),
                "action", string().oneOfEnum("rebuild", "sync", "restart", "sync+restart", "sync+exec"),
                "target", string(), "exec", ref("service_hook"), "initial_sync", of(BOOLEAN))
                .required("path", "action"))).extensions().closed());
        ComposeSpec.define("deployment", of(OBJECT, NULL).props("mode", string(), "endpoint_mode", string(),
                "replicas", of(INTEGER, STRING), "labels", ref("list_or_dict"),
                "rollback_config", update(), "update_config", update(), "resources", resources(),
                "restart_policy", closedObject("condition", string().examples("none", "on-failure", "any"), "delay", string(),
                        "max_attempts", of(INTEGER, STRING), "window", string()),
                "placement", closedObject("constraints", array(string()),
                        "preferences", array(closedObject("spread", string())),
                        "max_replicas_per_node", of(INTEGER, STRING))).extensions().closed());
        ComposeSpec.define("generic_resources", array(closedObject("discrete_resource_spec",
                closedObject("kind", string(), "value", of(NUMBER, STRING)))));
        ComposeSpec.define("devices", array(request().required("capabilities")));
        // as in the spec, gpus items are open: its closing sits on the list, where it has no effect
        ComposeSpec.define("gpus", oneOf(string().oneOfEnum("all"), array(object().props(
                "capabilities", ref("list_of_strings"), "count", of(STRING, INTEGER),
                "device_ids", ref("list_of_strings"), "driver", string(), "options", ref("list_or_dict")))
                .extensions().closed()));
    }

    private static Schema request() {
        return closedObject("capabilities", ref("list_of_strings"), "count", of(STRING, INTEGER),
                "device_ids", ref("list_of_strings"), "driver", string(), "options", ref("list_or_dict"));
    }

    private static Schema update() {
        return closedObject("parallelism", of(INTEGER, STRING), "delay", string(), "failure_action", string(),
                "monitor", string(), "max_failure_ratio", of(NUMBER, STRING),
                "order", string().oneOfEnum("start-first", "stop-first"));
    }

    private static Schema resources() {
        return closedObject(
                "limits", closedObject("cpus", of(NUMBER, STRING), "memory", string(), "pids", of(INTEGER, STRING)),
                "reservations", closedObject("cpus", of(NUMBER, STRING), "memory", string(),
                        "generic_resources", ref("generic_resources"), "devices", ref("devices")));
    }

}
