package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.ProjectLoader;
import dev.berth.compose.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported plan, run by hand: {@code up --dry-run --as-docker-commands} run with bash on an
 * engine without the project makes the same containers, networks and volumes as {@code up} itself,
 * compared field by field in {@code docker inspect} (ids, times, addresses and the engine's own
 * per-container paths left out). What the CLI writes differently but means the same is made alike
 * first: null and empty lists, restart policy "" and "no", capability names with and without CAP_,
 * and the Attach flags the CLI's create always sets (they only matter to a client that attaches).
 */
class DockerCommandsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "pa'ss word\nx";

    @Test
    void theScriptMakesWhatUpMakes(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("site"));
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  db:
                    image: berth/busybox:latest
                    command: ["sh", "-c", "trap 'exit 0' TERM; touch /tmp/ok; sleep 600 & wait"]
                    environment:
                      POSTGRES_USER: app
                      POSTGRES_PASSWORD: ${DB_PASSWORD}
                    volumes: [dbdata:/var/lib/data]
                    healthcheck:
                      test: ["CMD-SHELL", "test -f /tmp/ok"]
                      interval: 1s
                      retries: 30
                      start_period: 2s
                    networks: [back]
                    restart: unless-stopped
                    stop_grace_period: 3s
                  api:
                    image: berth/busybox:latest
                    command: sleep 600
                    init: true
                    user: "1000:1000"
                    working_dir: /srv
                    labels: {team: "teaching room"}
                    depends_on: {db: {condition: service_healthy}}
                    networks:
                      back: {aliases: [backend]}
                      front: {}
                    ports: ["127.0.0.1::8080", "9090:90/udp"]
                    tmpfs: [/run/cache]
                    cap_drop: [NET_RAW]
                    mem_limit: 64m
                  web:
                    image: berth/busybox:latest
                    command: sleep 600
                    depends_on: [api]
                    volumes: ["./site:/usr/share/site:ro", "/cache"]
                    networks: [front]
                    expose: ["8000"]
                networks:
                  back: {internal: true, labels: {tier: data}}
                  front: {}
                volumes:
                  dbdata: {labels: {keep: "yes"}}
                """);
        DockerFixture docker = new DockerFixture();
        String name = docker.project("script");
        Map<String, String> env = Map.of("DB_PASSWORD", SECRET);
        Project p = new ProjectLoader().load(new LoadOptions(List.of(dir.resolve("compose.yaml")), dir, null, name,
                List.of(), List.of(), env, true, List.of())).project();
        Map<String, JsonNode> byScript;
        try {
            String script = docker.engine.dockerCommands(p).script(docker.engine.plan(p, UpOptions.defaults()));
            assertThat(script).doesNotContain("pa'ss").contains("--env POSTGRES_PASSWORD ")
                    .contains("export POSTGRES_PASSWORD");
            assertThat(script.lines().filter(l -> l.startsWith("docker ")).count()).isGreaterThan(8);
            Path file = Files.writeString(dir.resolve("up.sh"), script);
            ProcessBuilder run = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true);
            run.environment().put("POSTGRES_PASSWORD", SECRET);
            Process proc = run.start();
            String out = new String(proc.getInputStream().readAllBytes());
            assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(proc.exitValue()).as(script + "\n" + out).isZero();
            byScript = inspectAll(docker, name);
        } finally {
            docker.close(); // removes what the script made, by the project's label
        }
        DockerFixture again = new DockerFixture();
        try {
            again.engine.up(p, UpOptions.defaults(), e -> { });
            Map<String, JsonNode> byUp = inspectAll(again, name);
            assertThat(byUp).as("3 containers, 2 networks, 1 volume").hasSize(6);
            assertThat(byScript.keySet()).isEqualTo(byUp.keySet());
            for (String key : byUp.keySet()) {
                assertThat(byScript.get(key).toPrettyString()).as(key).isEqualTo(byUp.get(key).toPrettyString());
            }
        } finally {
            removeProject(again, name);
            again.close();
        }
    }

    private static void removeProject(DockerFixture docker, String name) {
        for (ContainerState c : docker.containers(name)) {
            docker.gateway.remove(c.id(), true, true);
        }
        docker.gateway.networks().stream().filter(n -> name.equals(n.labels().get(Labels.PROJECT)))
                .forEach(n -> docker.gateway.removeNetwork(n.name()));
        docker.gateway.volumes().stream().filter(v -> name.equals(v.labels().get(Labels.PROJECT)))
                .forEach(v -> docker.gateway.removeVolume(v.name()));
    }

    /** docker inspect of each container, network and volume of the project, by name, without what differs per run. */
    private static Map<String, JsonNode> inspectAll(DockerFixture docker, String project) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (ContainerState c : docker.containers(project)) {
            out.put("container " + c.name(), container(inspect("inspect", c.id())));
        }
        for (var n : docker.gateway.networks()) {
            if (project.equals(n.labels().get(Labels.PROJECT))) {
                out.put("network " + n.name(), network(inspect("network", "inspect", n.name())));
            }
        }
        for (var v : docker.gateway.volumes()) {
            if (project.equals(v.labels().get(Labels.PROJECT))) {
                ObjectNode vol = (ObjectNode) inspect("volume", "inspect", v.name());
                vol.remove(List.of("CreatedAt", "Mountpoint"));
                out.put("volume " + v.name(), vol);
            }
        }
        return out;
    }

    private static JsonNode container(JsonNode c) {
        ObjectNode o = (ObjectNode) c;
        String id = o.get("Id").asText();
        // ExecIDs: the healthcheck's exec running at the moment of inspect, if any (a run-time fact, not config)
        o.remove(List.of("Id", "Created", "State", "ResolvConfPath", "HostnamePath", "HostsPath", "LogPath",
                "RestartCount", "GraphDriver", "SizeRw", "SizeRootFs", "ExecIDs"));
        ObjectNode config = (ObjectNode) o.get("Config");
        config.remove(List.of("Hostname", "AttachStdout", "AttachStderr"));
        // Env as a set: the docker CLI 20.10 sends `--env` values in an order of its own (a `docker create` with the
        // same two flags stored them in the other order 1 time in 6 here); the order means nothing to the process.
        if (config.get("Env") instanceof ArrayNode env) {
            ArrayNode sorted = JSON.createArrayNode();
            java.util.stream.StreamSupport.stream(env.spliterator(), false).map(JsonNode::asText).sorted().forEach(sorted::add);
            config.set("Env", sorted);
        }
        ObjectNode host = (ObjectNode) o.get("HostConfig");
        if (host.path("RestartPolicy").path("Name").asText().isEmpty()) {
            ((ObjectNode) host.get("RestartPolicy")).put("Name", "no");
        }
        for (String caps : List.of("CapAdd", "CapDrop")) {
            if (host.get(caps) instanceof ArrayNode list) {
                ArrayNode plain = JSON.createArrayNode();
                list.forEach(cap -> plain.add(cap.asText().replaceFirst("^CAP_", "")));
                host.set(caps, plain);
            }
        }
        ObjectNode settings = (ObjectNode) o.get("NetworkSettings");
        ObjectNode networks = (ObjectNode) settings.get("Networks");
        ObjectNode kept = JSON.createObjectNode();
        networks.fields().forEachRemaining(e -> {
            ObjectNode net = (ObjectNode) e.getValue();
            ArrayNode aliases = JSON.createArrayNode();
            net.path("Aliases").forEach(a -> {
                if (!id.startsWith(a.asText())) {
                    aliases.add(a);
                }
            });
            kept.set(e.getKey(), JSON.createObjectNode().<ObjectNode>set("IPAMConfig", net.path("IPAMConfig"))
                    .set("Aliases", aliases));
        });
        o.set("NetworkSettings", JSON.createObjectNode().set("Networks", kept));
        List<JsonNode> mounts = new ArrayList<>();
        o.path("Mounts").forEach(m -> {
            ObjectNode mount = (ObjectNode) m;
            if (mount.path("Name").asText().length() == 64) {
                mount.remove(List.of("Name", "Source")); // an anonymous volume: a new random name each time
            }
            mounts.add(mount);
        });
        mounts.sort(java.util.Comparator.comparing(m -> m.path("Destination").asText()));
        o.set("Mounts", JSON.valueToTree(mounts));
        return withoutEmpty(o);
    }

    /** Drops null fields and empty lists and maps, at every depth. */
    private static JsonNode withoutEmpty(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> drop = new ArrayList<>();
            o.fields().forEachRemaining(e -> {
                JsonNode v = withoutEmpty(e.getValue());
                if (v.isNull() || (v.isContainerNode() && v.isEmpty()) || v.asText().equals("null")) {
                    drop.add(e.getKey());
                } else {
                    o.set(e.getKey(), v);
                }
            });
            o.remove(drop);
        }
        return node;
    }

    private static JsonNode network(JsonNode n) {
        ObjectNode o = (ObjectNode) n;
        o.remove(List.of("Id", "Created", "Containers", "IPAM"));
        return o;
    }

    private static JsonNode inspect(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("docker"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        JsonNode all = JSON.readTree(p.getInputStream());
        p.waitFor(30, TimeUnit.SECONDS);
        return all.get(0);
    }
}
