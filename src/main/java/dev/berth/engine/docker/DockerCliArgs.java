package dev.berth.engine.docker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.core.command.CreateContainerCmdImpl;
import dev.berth.engine.CliArgs;
import dev.berth.engine.ContainerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code docker create} arguments that make the container Berth creates: the create request
 * {@link SpecMapper} fills is serialised as it goes to the engine, and each field of that JSON is
 * said the way the Docker CLI says it. So the command follows any change of the mapping, and a
 * field the CLI has no flag for is named in {@link CliArgs#unsaid()} instead of being dropped quietly.
 */
public final class DockerCliArgs {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private DockerCliArgs() {}

    /** Flags (image and command last); {@code secretEnv} names go as {@code -e NAME}, their value left to the shell. */
    public static CliArgs create(ContainerSpec spec, java.util.function.Predicate<String> secretEnv) {
        // filled, never sent: only its JSON is read
        CreateContainerCmdImpl cmd = new CreateContainerCmdImpl(c -> {
            throw new IllegalStateException("a create request made for its words is not sent");
        }, null, spec.image());
        SpecMapper.apply(spec, cmd);
        ObjectNode config = JSON.valueToTree(cmd);
        CliWords r = new CliWords(secretEnv);
        r.flag("--name", cmd.getName());
        config.remove(List.of("name", "Name", "Image", "Cmd", "Entrypoint", "AttachStdin", "AttachStdout", "AttachStderr",
                "StdinOnce", "NetworkingConfig", "HostConfig", "authConfig"));
        new TreeMap<>(fields(config)).forEach((key, v) -> configFlag(key, v, r));
        JsonNode host = JSON.valueToTree(cmd.getHostConfig());
        if (host instanceof ObjectNode h) {
            new TreeMap<>(fields(h)).forEach((key, v) -> HostFlags.add(key, v, r));
        }
        if (cmd.getAliases() != null) {
            cmd.getAliases().forEach(a -> r.flag("--network-alias", a));
        }
        r.flag("--ip", cmd.getIpv4Address());
        String[] entrypoint = cmd.getEntrypoint();
        List<String> command = new ArrayList<>();
        if (entrypoint != null) {
            // The CLI takes one word for the entrypoint; the rest of it runs as the first words of the command.
            r.words.add("--entrypoint");
            r.words.add(entrypoint.length == 0 ? "" : entrypoint[0]);
            for (int i = 1; i < entrypoint.length; i++) {
                command.add(entrypoint[i]);
            }
            if (entrypoint.length > 1) {
                r.unsaid.add("the CLI takes one entrypoint word: the others lead the command");
            }
        }
        r.words.add(cmd.getImage());
        if (cmd.getCmd() != null) {
            command.addAll(List.of(cmd.getCmd()));
        }
        r.words.addAll(command);
        return new CliArgs(r.words, r.unsaid);
    }

    private static void configFlag(String key, JsonNode v, CliWords r) {
        switch (key) {
            case "Hostname" -> r.flag("--hostname", v.asText());
            case "Domainname" -> r.flag("--domainname", v.asText());
            case "User" -> r.flag("--user", v.asText());
            case "WorkingDir" -> r.flag("--workdir", v.asText());
            case "Tty" -> r.on("--tty", v);
            case "OpenStdin" -> r.on("--interactive", v);
            case "StopSignal" -> r.flag("--stop-signal", v.asText());
            case "StopTimeout" -> r.flag("--stop-timeout", v.asText());
            case "MacAddress" -> r.flag("--mac-address", v.asText());
            case "Env" -> v.forEach(e -> r.env(e.asText()));
            case "Labels" -> new TreeMap<>(fields(v)).forEach((k, l) -> r.flag("--label", k + "=" + l.asText()));
            case "ExposedPorts" -> fields(v).keySet().stream().sorted().forEach(p -> r.flag("--expose", p));
            case "Healthcheck" -> HealthFlags.add(v, r);
            default -> r.unsaid(key, v);
        }
    }

    static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A duration as the CLI reads it (Go's syntax): 1s, 1m30s, 500ms. */
    static String goDuration(long nanos) {
        if (nanos % 1_000_000_000L != 0) {
            return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + "ms" : nanos + "ns";
        }
        long seconds = nanos / 1_000_000_000L;
        String out = (seconds >= 3600 ? seconds / 3600 + "h" : "") + (seconds % 3600 >= 60 ? seconds % 3600 / 60 + "m" : "")
                + (seconds % 60 != 0 ? seconds % 60 + "s" : "");
        return out.isEmpty() ? "0s" : out;
    }

    /** Healthcheck fields; durations come in nanoseconds. */
    private static final class HealthFlags {
        private HealthFlags() {}

        static void add(JsonNode h, CliWords r) {
            JsonNode test = h.get("Test");
            if (test != null && test.size() > 0) {
                String kind = test.get(0).asText();
                List<String> rest = new ArrayList<>();
                for (int i = 1; i < test.size(); i++) {
                    rest.add(test.get(i).asText());
                }
                switch (kind) {
                    case "NONE" -> r.words.add("--no-healthcheck");
                    case "CMD-SHELL" -> r.flag("--health-cmd", String.join(" ", rest));
                    default -> {
                        // The CLI always makes a CMD-SHELL test: the words run through the shell.
                        r.flag("--health-cmd", dev.berth.engine.ShellWords.join(rest));
                        r.unsaid.add("the CLI makes the health test CMD-SHELL, compose gave CMD");
                    }
                }
            }
            duration(r, "--health-interval", h.get("Interval"));
            duration(r, "--health-timeout", h.get("Timeout"));
            duration(r, "--health-start-period", h.get("StartPeriod"));
            if (h.get("Retries") != null && h.get("Retries").asInt() != 0) {
                r.flag("--health-retries", h.get("Retries").asText());
            }
            if (h.get("StartInterval") != null && h.get("StartInterval").asLong() != 0) {
                r.unsaid.add("the CLI has no flag for the health start interval");
            }
        }

        static void duration(CliWords r, String flag, JsonNode nanos) {
            if (nanos != null && nanos.asLong() != 0) {
                r.flag(flag, goDuration(nanos.asLong()));
            }
        }
    }
}
