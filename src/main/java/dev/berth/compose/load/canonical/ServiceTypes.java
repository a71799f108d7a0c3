package dev.berth.compose.load.canonical;

import static dev.berth.compose.load.canonical.GoType.f;
import static dev.berth.compose.load.canonical.GoType.kept;
import static dev.berth.compose.load.canonical.GoType.list;
import static dev.berth.compose.load.canonical.GoType.map;
import static dev.berth.compose.load.canonical.GoType.nullableMap;
import static dev.berth.compose.load.canonical.GoType.ptr;
import static dev.berth.compose.load.canonical.GoType.struct;

import dev.berth.compose.load.canonical.GoType.Field;
import dev.berth.compose.load.canonical.GoType.Kind;
import dev.berth.compose.load.canonical.GoType.Scalar;
import dev.berth.compose.load.canonical.GoType.Struct;

/** compose-go's service types, in their field order (types.go): what the reference prints for a service. */
public final class ServiceTypes {
    private ServiceTypes() {}

    static final Scalar STRING = GoType.scalar(Kind.STRING);

    static final Struct FILE_REF = struct("file reference", f("source", Kind.STRING), f("target", Kind.STRING),
            f("uid", Kind.STRING), f("gid", Kind.STRING), f("mode", ptr(Kind.FILE_MODE)));

    static final Struct ULIMITS = struct("ulimit", f("single", Kind.INT), f("soft", Kind.INT), f("hard", Kind.INT));

    static final Struct HOOK = struct("hook", new Field("command", GoType.scalar(Kind.SHELL), false, true),
            f("user", Kind.STRING), f("privileged", Kind.BOOL), f("working_dir", Kind.STRING),
            f("environment", Kind.MAPPING_EQUALS));

    static final Struct BUILD = struct("build", f("context", Kind.STRING), f("dockerfile", Kind.STRING),
            f("dockerfile_inline", Kind.STRING), f("entitlements", list(Kind.STRING)),
            f("args", Kind.MAPPING_EQUALS), f("provenance", Kind.STRING), f("sbom", Kind.STRING),
            f("ssh", list(Kind.STRING)), f("labels", Kind.LABELS), f("cache_from", Kind.STRING_LIST),
            f("cache_to", Kind.STRING_LIST), f("no_cache", Kind.BOOL),
            f("additional_contexts", Kind.LABELS), f("pull", Kind.BOOL), f("extra_hosts", Kind.HOSTS),
            f("isolation", Kind.STRING), f("network", Kind.STRING), f("target", Kind.STRING),
            f("secrets", list(FILE_REF)), f("shm_size", Kind.BYTES), f("tags", Kind.STRING_LIST),
            f("ulimits", map(ULIMITS)), f("platforms", Kind.STRING_LIST), f("privileged", Kind.BOOL));

    static final Struct TRIGGER = struct("watch", kept("path", STRING), kept("action", STRING),
            f("target", Kind.STRING), kept("exec", HOOK.asValue()),
            f("include", Kind.STRING_LIST), f("ignore", Kind.STRING_LIST), f("initial_sync", Kind.BOOL));

    static final Struct DEVELOP = struct("develop", f("watch", list(TRIGGER)));

    static final Struct THROTTLE = struct("throttle device", GoType.untagged("path", "Path", STRING),
            GoType.untagged("rate", "Rate", GoType.scalar(Kind.BYTES)));

    static final Struct BLKIO = struct("blkio_config", f("weight", Kind.UINT16),
            f("weight_device", list(struct("weight device", GoType.untagged("path", "Path", STRING),
                    GoType.untagged("weight", "Weight", GoType.scalar(Kind.UINT16))))),
            f("device_read_bps", list(THROTTLE)), f("device_read_iops", list(THROTTLE)),
            f("device_write_bps", list(THROTTLE)), f("device_write_iops", list(THROTTLE)));

    static final Struct HEALTHCHECK = struct("healthcheck", f("test", list(Kind.STRING)),
            f("timeout", ptr(Kind.DURATION)), f("interval", ptr(Kind.DURATION)), f("retries", ptr(Kind.UINT64)),
            f("start_period", ptr(Kind.DURATION)), f("start_interval", ptr(Kind.DURATION)), f("disable", Kind.BOOL));

    static final Struct PORT = struct("port", f("name", Kind.STRING), f("mode", Kind.STRING),
            f("host_ip", Kind.STRING), f("target", Kind.UINT32), f("published", Kind.STRING), f("protocol", Kind.STRING),
            f("app_protocol", Kind.STRING));

    static final Struct VOLUME = struct("volume", f("type", Kind.STRING), f("source", Kind.STRING),
            f("target", Kind.STRING), f("read_only", Kind.BOOL), f("consistency", Kind.STRING),
            f("bind", ptr(struct("bind", f("selinux", Kind.STRING), f("propagation", Kind.STRING),
                    f("create_host_path", Kind.OPT_OUT), f("recursive", Kind.STRING)))),
            f("volume", ptr(struct("volume options", f("labels", Kind.LABELS), f("nocopy", Kind.BOOL),
                    f("subpath", Kind.STRING)))),
            f("tmpfs", ptr(struct("tmpfs", f("size", Kind.BYTES), f("mode", Kind.UINT32)))),
            f("image", ptr(struct("image", f("subpath", Kind.STRING)))));

    static final Struct NETWORK = struct("service network", f("aliases", list(Kind.STRING)),
            f("driver_opts", Kind.LABELS), f("gw_priority", Kind.INT), f("interface_name", Kind.STRING),
            f("ipv4_address", Kind.STRING), f("ipv6_address", Kind.STRING), f("link_local_ips", list(Kind.STRING)),
            f("mac_address", Kind.STRING), f("priority", Kind.INT));

    static final Struct DEPENDENCY = struct("dependency", f("condition", Kind.STRING), f("restart", Kind.BOOL),
            kept("required", GoType.scalar(Kind.BOOL)));

    public static final Struct SERVICE = struct("service",
            f("profiles", list(Kind.STRING)), f("annotations", Kind.LABELS), f("attach", ptr(Kind.BOOL)),
            f("build", ptr(BUILD)), f("develop", ptr(DEVELOP)), f("blkio_config", ptr(BLKIO)),
            f("cap_add", list(Kind.STRING)), f("cap_drop", list(Kind.STRING)), f("cgroup_parent", Kind.STRING),
            f("cgroup", Kind.STRING), f("cpu_count", Kind.INT), f("cpu_percent", Kind.FLOAT),
            f("cpu_period", Kind.INT), f("cpu_quota", Kind.INT), f("cpu_rt_period", Kind.INT),
            f("cpu_rt_runtime", Kind.INT), f("cpus", Kind.FLOAT), f("cpuset", Kind.STRING),
            f("cpu_shares", Kind.INT), new Field("command", GoType.scalar(Kind.SHELL), false, true),
            f("configs", list(FILE_REF)), f("container_name", Kind.STRING),
            f("credential_spec", ptr(struct("credential_spec", f("config", Kind.STRING), f("file", Kind.STRING),
                    f("registry", Kind.STRING)))),
            f("depends_on", map(DEPENDENCY)), f("deploy", ptr(DeployTypes.DEPLOY)),
            f("device_cgroup_rules", list(Kind.STRING)),
            f("devices", list(struct("device", f("source", Kind.STRING), f("target", Kind.STRING),
                    f("permissions", Kind.STRING)))),
            f("dns", Kind.STRING_LIST), f("dns_opt", list(Kind.STRING)), f("dns_search", Kind.STRING_LIST),
            f("dockerfile", Kind.STRING), f("domainname", Kind.STRING),
            new Field("entrypoint", GoType.scalar(Kind.SHELL), false, true),
            f("provider", ptr(struct("provider", f("type", Kind.STRING), f("options", Kind.MULTI_OPTIONS)))),
            f("environment", Kind.MAPPING_EQUALS),
            f("env_file", list(struct("env_file", f("path", Kind.STRING), f("required", Kind.OPT_OUT),
                    f("format", Kind.STRING)))),
            f("expose", list(Kind.STRING)),
            f("extends", ptr(struct("extends", f("file", Kind.STRING), f("service", Kind.STRING)))),
            f("external_links", list(Kind.STRING)), f("extra_hosts", Kind.HOSTS), f("group_add", list(Kind.STRING)),
            f("gpus", list(DeployTypes.DEVICE_REQUEST)), f("hostname", Kind.STRING), f("healthcheck", ptr(HEALTHCHECK)),
            f("image", Kind.STRING), f("init", ptr(Kind.BOOL)), f("ipc", Kind.STRING), f("isolation", Kind.STRING),
            f("labels", Kind.LABELS), f("label_file", Kind.STRING_LIST), f("links", list(Kind.STRING)),
            f("logging", ptr(struct("logging", f("driver", Kind.STRING), f("options", Kind.LABELS)))),
            f("log_driver", Kind.STRING), f("log_opt", Kind.LABELS),
            f("mem_limit", Kind.BYTES), f("mem_reservation", Kind.BYTES), f("memswap_limit", Kind.BYTES),
            f("mem_swappiness", Kind.BYTES), f("mac_address", Kind.STRING),
            f("models", nullableMap(ptr(struct("service model", f("endpoint_var", Kind.STRING),
                    f("model_var", Kind.STRING))))),
            f("net", Kind.STRING), f("network_mode", Kind.STRING), f("networks", nullableMap(ptr(NETWORK))),
            f("oom_kill_disable", Kind.BOOL), f("oom_score_adj", Kind.INT), f("pid", Kind.STRING),
            f("pids_limit", Kind.INT), f("platform", Kind.STRING), f("ports", list(PORT)),
            f("privileged", Kind.BOOL), f("pull_policy", Kind.STRING), f("read_only", Kind.BOOL),
            f("restart", Kind.STRING), f("runtime", Kind.STRING), f("scale", ptr(Kind.INT)),
            f("secrets", list(FILE_REF)), f("security_opt", list(Kind.STRING)), f("shm_size", Kind.BYTES),
            f("stdin_open", Kind.BOOL), f("stop_grace_period", ptr(Kind.DURATION)), f("stop_signal", Kind.STRING),
            f("storage_opt", Kind.LABELS), f("sysctls", Kind.LABELS), f("tmpfs", Kind.STRING_LIST),
            f("tty", Kind.BOOL), f("ulimits", map(ULIMITS)), f("use_api_socket", Kind.BOOL),
            f("user", Kind.STRING), f("userns_mode", Kind.STRING), f("uts", Kind.STRING),
            f("volume_driver", Kind.STRING), f("volumes", list(VOLUME)), f("volumes_from", list(Kind.STRING)),
            f("working_dir", Kind.STRING), f("post_start", list(HOOK)), f("pre_stop", list(HOOK)));
}
