package dev.berth.compose.load.canonical;

import static dev.berth.compose.load.canonical.GoType.f;
import static dev.berth.compose.load.canonical.GoType.kept;
import static dev.berth.compose.load.canonical.GoType.list;
import static dev.berth.compose.load.canonical.GoType.ptr;
import static dev.berth.compose.load.canonical.GoType.struct;

import dev.berth.compose.load.canonical.GoType.Kind;
import dev.berth.compose.load.canonical.GoType.Struct;

/** deploy: and the top-level resources (networks, volumes, secrets, configs) in compose-go's field order. */
public final class DeployTypes {
    private DeployTypes() {}

    static final Struct DEVICE_REQUEST = struct("device request", f("capabilities", list(Kind.STRING)),
            f("driver", Kind.STRING), f("count", Kind.DEVICE_COUNT), f("device_ids", list(Kind.STRING)),
            f("options", Kind.LABELS));

    static final Struct UPDATE = struct("update_config", f("parallelism", ptr(Kind.UINT64)), f("delay", Kind.DURATION),
            f("failure_action", Kind.STRING), f("monitor", Kind.DURATION), f("max_failure_ratio", Kind.FLOAT),
            f("order", Kind.STRING));

    static final Struct RESOURCE = struct("resource", f("cpus", Kind.NANO_CPUS), f("memory", Kind.BYTES),
            f("pids", Kind.INT), f("devices", list(DEVICE_REQUEST)),
            f("generic_resources", list(struct("generic resource", f("discrete_resource_spec",
                    ptr(struct("discrete resource", kept("kind", GoType.scalar(Kind.STRING)),
                            kept("value", GoType.scalar(Kind.INT)))))))));

    static final Struct DEPLOY = struct("deploy", f("mode", Kind.STRING), f("replicas", ptr(Kind.INT)),
            f("labels", Kind.LABELS), f("update_config", ptr(UPDATE)), f("rollback_config", ptr(UPDATE)),
            f("resources", struct("resources", f("limits", ptr(RESOURCE)), f("reservations", ptr(RESOURCE))).asValue()),
            f("restart_policy", ptr(struct("restart_policy", f("condition", Kind.STRING),
                    f("delay", ptr(Kind.DURATION)), f("max_attempts", ptr(Kind.UINT64)), f("window", ptr(Kind.DURATION))))),
            f("placement", struct("placement", f("constraints", list(Kind.STRING)),
                    f("preferences", list(struct("preference", f("spread", Kind.STRING)))),
                    f("max_replicas_per_node", Kind.UINT64)).asValue()),
            f("endpoint_mode", Kind.STRING));

    public static final Struct NETWORK = struct("network", f("name", Kind.STRING), f("driver", Kind.STRING),
            f("driver_opts", Kind.LABELS),
            f("ipam", struct("ipam", f("driver", Kind.STRING),
                    f("config", list(ptr(struct("ipam pool", f("subnet", Kind.STRING), f("gateway", Kind.STRING),
                            f("ip_range", Kind.STRING), f("aux_addresses", Kind.LABELS))))),
                    GoType.notPrinted("options", GoType.scalar(Kind.LABELS))).asValue()),
            f("external", Kind.EXTERNAL), f("internal", Kind.BOOL), f("attachable", Kind.BOOL),
            f("labels", Kind.LABELS), f("enable_ipv4", ptr(Kind.BOOL)), f("enable_ipv6", ptr(Kind.BOOL)));

    public static final Struct VOLUME = struct("volume", f("name", Kind.STRING), f("driver", Kind.STRING),
            f("driver_opts", Kind.LABELS), f("external", Kind.EXTERNAL), f("labels", Kind.LABELS));

    static final Struct MODEL = struct("model", f("name", Kind.STRING), f("model", Kind.STRING),
            f("context_size", Kind.INT), f("runtime_flags", list(Kind.STRING)));

    public static final Struct FILE_OBJECT = struct("file object", f("name", Kind.STRING), f("file", Kind.STRING),
            f("environment", Kind.STRING), f("content", Kind.STRING), f("external", Kind.EXTERNAL),
            f("labels", Kind.LABELS), f("driver", Kind.STRING), f("driver_opts", Kind.LABELS),
            f("template_driver", Kind.STRING));
}
