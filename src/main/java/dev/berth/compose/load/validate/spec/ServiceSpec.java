package dev.berth.compose.load.validate.spec;

import static dev.berth.compose.load.validate.spec.Schema.Type.BOOLEAN;
import static dev.berth.compose.load.validate.spec.Schema.Type.INTEGER;
import static dev.berth.compose.load.validate.spec.Schema.Type.NULL;
import static dev.berth.compose.load.validate.spec.Schema.Type.NUMBER;
import static dev.berth.compose.load.validate.spec.Schema.Type.STRING;
import static dev.berth.compose.load.validate.spec.Schema.array;
import static dev.berth.compose.load.validate.spec.Schema.closedObject;
import static dev.berth.compose.load.validate.spec.Schema.object;
import static dev.berth.compose.load.validate.spec.Schema.of;
import static dev.berth.compose.load.validate.spec.Schema.oneOf;
import static dev.berth.compose.load.validate.spec.Schema.ref;
import static dev.berth.compose.load.validate.spec.Schema.string;

/** The spec's {@code service} definition: every attribute a service may have, with its types and limits. */
final class ServiceSpec {
    private ServiceSpec() {}

    static final String CONTAINER_NAME = "[a-zA-Z0-9][a-zA-Z0-9_.-]+";
    static final String PULL_POLICY = "always|never|build|if_not_present|missing|refresh|daily|weekly|every_([0-9]+[wdhms])+";

    static Schema service() {
        return closedObject(
                "develop", ref("development"), "deploy", ref("deployment"), "annotations", ref("list_or_dict"),
                "attach", of(BOOLEAN, STRING), "build", oneOf(string(), build()), "blkio_config", blkio(),
                "cap_add", strings().unique(), "cap_drop", strings().unique(),
                "cgroup", string().oneOfEnum("host", "private"), "cgroup_parent", string(),
                "command", ref("command"), "configs", ref("service_config_or_secret"),
                "container_name", string().pattern(CONTAINER_NAME)
                        .hint("a container name has two characters or more: a letter or digit, then letters, "
                                + "digits, '_', '.' or '-'"),
                "cpu_count", oneOf(string(), of(INTEGER).minimum(0)),
                "cpu_percent", oneOf(string(), of(INTEGER).minimum(0).maximum(100)),
                "cpu_shares", of(NUMBER, STRING), "cpu_quota", of(NUMBER, STRING), "cpu_period", of(NUMBER, STRING),
                "cpu_rt_period", of(NUMBER, STRING), "cpu_rt_runtime", of(NUMBER, STRING), "cpus", of(NUMBER, STRING),
                "cpuset", string(), "credential_spec", closedObject("config", string(), "file", string(),
                        "registry", string()),
                "depends_on", oneOf(ref("list_of_strings"), object().patternProp(ComposeSpec.NAME, closedObject(
                        "restart", of(BOOLEAN, STRING), "required", of(BOOLEAN),
                        "condition", string().oneOfEnum("service_started", "service_healthy",
                                "service_completed_successfully")).required("condition")).closed()),
                "device_cgroup_rules", ref("list_of_strings"),
                "devices", array(oneOf(string(), closedObject("source", string(), "target", string(),
                        "permissions", string()).required("source"))),
                "dns", ref("string_or_list"), "dns_opt", strings().unique(), "dns_search", ref("string_or_list"),
                "domainname", string(), "entrypoint", ref("command"), "env_file", ref("env_file"),
                "label_file", ref("label_file"), "environment", ref("list_or_dict"),
                "expose", array(of(STRING, NUMBER)).unique(),
                "extends", oneOf(string(), object().props("service", string(), "file", string())
                        .required("service").closed()),
                "provider", closedObject("type", string(), "options", object().patternProp("^.+$",
                        oneOf(of(STRING, NUMBER, BOOLEAN), array(of(STRING, NUMBER, BOOLEAN))))).required("type"),
                "external_links", strings().unique(), "extra_hosts", ref("extra_hosts"), "gpus", ref("gpus"),
                "group_add", array(of(STRING, NUMBER)).unique(), "healthcheck", ref("healthcheck"),
                "hostname", string(), "image", string(), "init", of(BOOLEAN, STRING), "ipc", string(),
                "isolation", string(), "labels", ref("list_or_dict"), "links", strings().unique(),
                "logging", closedObject("driver", string(),
                        "options", object().patternProp("^.+$", of(STRING, NUMBER, NULL))),
                "mac_address", string(), "mem_limit", of(NUMBER, STRING), "mem_reservation", of(STRING, INTEGER),
                "mem_swappiness", of(INTEGER, STRING), "memswap_limit", of(NUMBER, STRING),
                "network_mode", string(), "models", models(), "networks", networks(),
                "oom_kill_disable", of(BOOLEAN, STRING),
                "oom_score_adj", oneOf(string(), of(INTEGER).minimum(-1000).maximum(1000)),
                "pid", of(STRING, NULL), "pids_limit", of(NUMBER, STRING), "platform", string(),
                "ports", array(oneOf(of(NUMBER), string(), closedObject("name", string(), "mode", string(),
                        "host_ip", string(), "target", of(INTEGER, STRING), "published", of(STRING, INTEGER),
                        "protocol", string(), "app_protocol", string()))).unique(),
                "post_start", array(ref("service_hook")), "pre_stop", array(ref("service_hook")),
                "privileged", of(BOOLEAN, STRING), "profiles", ref("list_of_strings"),
                "pull_policy", string().pattern(PULL_POLICY)
                        .hint("use always, never, missing, build, daily, weekly or every_<duration>"),
                "pull_refresh_after", string(), "read_only", of(BOOLEAN, STRING),
                "restart", string().examples("no", "always", "on-failure", "unless-stopped"),
                "runtime", string(), "scale", of(INTEGER, STRING), "security_opt", strings().unique(),
                "shm_size", of(NUMBER, STRING), "secrets", ref("service_config_or_secret"),
                "sysctls", ref("list_or_dict"), "stdin_open", of(BOOLEAN, STRING), "stop_grace_period", string(),
                "stop_signal", string(), "storage_opt", object(), "tmpfs", ref("string_or_list"),
                "tty", of(BOOLEAN, STRING), "ulimits", ref("ulimits"), "use_api_socket", of(BOOLEAN),
                "user", string(), "uts", string(), "userns_mode", string(),
                "volumes", array(oneOf(string(), volume())).unique(), "volumes_from", strings().unique(),
                "working_dir", string());
    }

    static Schema strings() {
        return array(string());
    }

    private static Schema build() {
        return closedObject("context", string(), "dockerfile", string(), "dockerfile_inline", string(),
                "entitlements", strings(), "args", ref("list_or_dict"), "ssh", ref("list_or_dict"),
                "labels", ref("list_or_dict"), "cache_from", strings(), "cache_to", strings(),
                "no_cache", of(BOOLEAN, STRING), "additional_contexts", ref("list_or_dict"), "network", string(),
                "provenance", of(STRING, BOOLEAN), "sbom", of(STRING, BOOLEAN), "pull", of(BOOLEAN, STRING),
                "target", string(), "shm_size", of(INTEGER, STRING), "extra_hosts", ref("extra_hosts"),
                "isolation", string(), "privileged", of(BOOLEAN, STRING), "secrets", ref("service_config_or_secret"),
                "tags", strings(), "ulimits", ref("ulimits"), "platforms", strings());
    }

    private static Schema blkio() {
        return object().props("device_read_bps", array(ref("blkio_limit")),
                "device_read_iops", array(ref("blkio_limit")), "device_write_bps", array(ref("blkio_limit")),
                "device_write_iops", array(ref("blkio_limit")), "weight", of(INTEGER, STRING),
                "weight_device", array(ref("blkio_weight"))).closed();
    }

    private static Schema models() {
        return oneOf(ref("list_of_strings"), object().patternProp(ComposeSpec.NAME, oneOf(
                closedObject("endpoint_var", string(), "model_var", string()), of(NULL))));
    }

    private static Schema networks() {
        return oneOf(ref("list_of_strings"), object().patternProp(ComposeSpec.NAME, oneOf(closedObject(
                "aliases", ref("list_of_strings"), "interface_name", string(), "ipv4_address", string(),
                "ipv6_address", string(), "link_local_ips", ref("list_of_strings"), "mac_address", string(),
                "driver_opts", object().patternProp("^.+$", of(STRING, NUMBER)), "priority", of(NUMBER),
                "gw_priority", of(NUMBER)), of(NULL))).closed());
    }

    private static Schema volume() {
        return closedObject("type", string().oneOfEnum("bind", "volume", "tmpfs", "cluster", "npipe", "image"),
                "source", string(), "target", string(), "read_only", of(BOOLEAN, STRING), "consistency", string(),
                "bind", closedObject("propagation", string(), "create_host_path", of(BOOLEAN, STRING),
                        "recursive", string().oneOfEnum("enabled", "disabled", "writable", "readonly"),
                        "selinux", string().oneOfEnum("z", "Z")),
                "volume", closedObject("labels", ref("list_or_dict"), "nocopy", of(BOOLEAN, STRING),
                        "subpath", string()),
                "tmpfs", closedObject("size", oneOf(of(INTEGER).minimum(0), string()), "mode", of(NUMBER, STRING)),
                "image", closedObject("subpath", string())).required("type");
    }
}
