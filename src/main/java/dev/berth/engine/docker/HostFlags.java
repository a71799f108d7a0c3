package dev.berth.engine.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The HostConfig half of {@link DockerCliArgs}: one Engine API field to its Docker CLI flags. */
final class HostFlags {
    private HostFlags() {}

    static void add(String key, JsonNode v, CliWords r) {
        switch (key) {
            case "Binds" -> v.forEach(b -> r.flag("--volume", b.asText()));
            case "NetworkMode" -> r.flag("--network", v.asText());
            case "PortBindings" -> ports(v, r);
            case "Mounts" -> v.forEach(m -> r.flag("--mount", mount(m)));
            case "Init" -> r.on("--init", v);
            case "Privileged" -> r.on("--privileged", v);
            case "ReadonlyRootfs" -> r.on("--read-only", v);
            case "PublishAllPorts" -> r.on("--publish-all", v);
            case "OomKillDisable" -> r.on("--oom-kill-disable", v);
            case "Memory" -> number(r, "--memory", v);
            case "MemoryReservation" -> number(r, "--memory-reservation", v);
            case "MemorySwap" -> number(r, "--memory-swap", v);
            case "MemorySwappiness" -> r.flag("--memory-swappiness", v.asText());
            case "NanoCPUs", "NanoCpus" -> {
                if (v.asLong() != 0) {
                    r.flag("--cpus", java.math.BigDecimal.valueOf(v.asLong(), 9).stripTrailingZeros().toPlainString());
                }
            }
            case "CpuShares" -> number(r, "--cpu-shares", v);
            case "CpuQuota" -> number(r, "--cpu-quota", v);
            case "CpuPeriod" -> number(r, "--cpu-period", v);
            case "CpusetCpus" -> text(r, "--cpuset-cpus", v);
            case "PidsLimit" -> number(r, "--pids-limit", v);
            case "ShmSize" -> number(r, "--shm-size", v);
            case "OomScoreAdj" -> number(r, "--oom-score-adj", v);
            case "IpcMode" -> text(r, "--ipc", v);
            case "PidMode" -> text(r, "--pid", v);
            case "UTSMode" -> text(r, "--uts", v);
            case "UsernsMode" -> text(r, "--userns", v);
            case "CgroupParent" -> text(r, "--cgroup-parent", v);
            case "Runtime" -> text(r, "--runtime", v);
            case "Isolation" -> text(r, "--isolation", v);
            case "Tmpfs" -> new TreeMap<>(DockerCliArgs.fields(v)).forEach((path, opts) ->
                    r.flag("--tmpfs", opts.asText().isEmpty() ? path : path + ":" + opts.asText()));
            case "RestartPolicy" -> restart(v, r);
            case "CapAdd" -> v.forEach(c -> r.flag("--cap-add", c.asText()));
            case "CapDrop" -> v.forEach(c -> r.flag("--cap-drop", c.asText()));
            case "Ulimits" -> v.forEach(u -> r.flag("--ulimit", u.get("Name").asText() + "=" + u.get("Soft").asText()
                    + ":" + u.get("Hard").asText()));
            case "ExtraHosts" -> v.forEach(h -> r.flag("--add-host", h.asText()));
            case "Dns" -> v.forEach(d -> r.flag("--dns", d.asText()));
            case "DnsOptions" -> v.forEach(d -> r.flag("--dns-option", d.asText()));
            case "DnsSearch" -> v.forEach(d -> r.flag("--dns-search", d.asText()));
            case "Sysctls" -> new TreeMap<>(DockerCliArgs.fields(v)).forEach((k, s) -> r.flag("--sysctl", k + "=" + s.asText()));
            case "SecurityOpt" -> v.forEach(s -> r.flag("--security-opt", s.asText()));
            case "GroupAdd" -> v.forEach(g -> r.flag("--group-add", g.asText()));
            case "VolumesFrom" -> v.forEach(f -> r.flag("--volumes-from", f.asText()));
            case "Links" -> v.forEach(l -> r.flag("--link", l.asText()));
            case "Devices" -> v.forEach(d -> r.flag("--device", d.get("PathOnHost").asText() + ":"
                    + d.get("PathInContainer").asText() + ":" + d.path("CgroupPermissions").asText("rwm")));
            case "LogConfig" -> {
                text(r, "--log-driver", v.get("Type"));
                new TreeMap<>(DockerCliArgs.fields(v.path("Config"))).forEach((k, o) -> r.flag("--log-opt", k + "=" + o.asText()));
            }
            default -> r.unsaid("HostConfig." + key, v);
        }
    }

    private static void ports(JsonNode v, CliWords r) {
        new TreeMap<>(DockerCliArgs.fields(v)).forEach((port, bindings) -> {
            for (JsonNode b : bindings) {
                String ip = b.path("HostIp").asText("");
                String host = b.path("HostPort").asText("");
                String hostPart = ip.isEmpty() ? host : (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + host;
                r.flag("--publish", (hostPart.isEmpty() ? "" : hostPart + ":") + port);
            }
        });
    }

    private static String mount(JsonNode m) {
        List<String> parts = new ArrayList<>();
        parts.add("type=" + m.path("Type").asText("volume"));
        if (m.hasNonNull("Source") && !m.get("Source").asText().isEmpty()) {
            parts.add("source=" + m.get("Source").asText());
        }
        parts.add("target=" + m.path("Target").asText());
        if (m.path("ReadOnly").asBoolean(false)) {
            parts.add("readonly");
        }
        JsonNode tmpfs = m.path("TmpfsOptions");
        if (tmpfs.path("SizeBytes").asLong(0) != 0) {
            parts.add("tmpfs-size=" + tmpfs.get("SizeBytes").asLong());
        }
        if (tmpfs.path("Mode").asInt(0) != 0) {
            parts.add("tmpfs-mode=" + Integer.toOctalString(tmpfs.get("Mode").asInt()));
        }
        if (m.path("VolumeOptions").path("NoCopy").asBoolean(false)) {
            parts.add("volume-nocopy");
        }
        String propagation = m.path("BindOptions").path("Propagation").asText("");
        if (!propagation.isEmpty()) {
            parts.add("bind-propagation=" + propagation);
        }
        // a comma inside a value would end it: the CLI reads --mount as CSV, so such a field is quoted
        return String.join(",", parts.stream().map(p -> p.contains(",") ? "\"" + p + "\"" : p).toList());
    }

    private static void restart(JsonNode v, CliWords r) {
        String name = v.path("Name").asText("");
        int retries = v.path("MaximumRetryCount").asInt(0);
        if (!name.isEmpty() && !name.equals("no")) {
            r.flag("--restart", name.equals("on-failure") && retries > 0 ? name + ":" + retries : name);
        }
    }

    private static void number(CliWords r, String flag, JsonNode v) {
        if (v != null && v.asLong() != 0) {
            r.flag(flag, v.asText());
        }
    }

    private static void text(CliWords r, String flag, JsonNode v) {
        if (v != null && !v.isNull() && !v.asText().isEmpty()) {
            r.flag(flag, v.asText());
        }
    }
}
