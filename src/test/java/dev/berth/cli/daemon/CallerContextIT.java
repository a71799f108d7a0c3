package dev.berth.cli.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.cli.daemon.ResidentDaemon.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: ONE resident daemon, whose own environment sets every variable the reference reads to a value of its
 * own, runs pairs of commands at the same time for callers with other environments and folders; each command must
 * act on its caller's value, never the other's nor the daemon's. COMPOSE_IGNORE_ORPHANS, COMPOSE_PARALLEL_LIMIT
 * and COMPOSE_MENU (attached up only, never in the daemon) are not read by Berth yet: the daemon's values of those
 * are set too, and no command may show them.
 */
class CallerContextIT {
    private static final String OWN = "daemonsown";
    @TempDir
    static Path root;
    private static ResidentDaemon daemon;
    private static final String RUNNING = "berthit-ctx-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startOneDaemon() throws Exception {
        Path own = Files.createDirectories(root.resolve("daemon"));
        Files.writeString(own.resolve(OWN + ".yaml"), "services:\n  " + OWN + ":\n    image: " + OWN + "\n");
        Files.writeString(own.resolve(OWN + ".env"), "TAG=" + OWN + "\n");
        Map<String, String> env = new HashMap<>();
        for (String name : List.of("COMPOSE_PROJECT_NAME", "COMPOSE_PROFILES", "DOCKER_CONTEXT")) {
            env.put(name, OWN);
        }
        env.put("COMPOSE_FILE", own.resolve(OWN + ".yaml").toString());
        env.put("COMPOSE_ENV_FILES", own.resolve(OWN + ".env").toString());
        env.put("COMPOSE_PATH_SEPARATOR", "#");
        env.put("COMPOSE_IGNORE_ORPHANS", "true");
        env.put("COMPOSE_REMOVE_ORPHANS", "true");
        env.put("COMPOSE_PARALLEL_LIMIT", "1");
        env.put("COMPOSE_ANSI", "never");
        env.put("COMPOSE_PROGRESS", "json");
        env.put("COMPOSE_STATUS_STDOUT", "true");
        env.put("COMPOSE_MENU", "true");
        env.put("DOCKER_HOST", "unix:///tmp/berth-" + OWN + ".sock");
        env.put("DOCKER_CONFIG", own.resolve("docker-config").toString());
        env.put("NO_COLOR", "1");
        daemon = ResidentDaemon.start(root, env);
    }

    @AfterAll
    static void stopIt() throws Exception {
        if (daemon != null) {
            daemon.send(root, caller(), "-p", RUNNING, "down", "-t", "0");
            daemon.close();
        }
    }

    /** A caller's environment: PATH and HOME, and {@code pairs} (name, value, name, value...). */
    private static Map<String, String> caller(String... pairs) {
        Map<String, String> env = new HashMap<>(Map.of("PATH", System.getenv("PATH"), "HOME", System.getProperty("user.home")));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    record Call(Path dir, Map<String, String> env, String... args) {}

    /** Both calls at the same time through the daemon; neither answer may show the daemon's own values. */
    private static List<Answer> together(Call a, Call b) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Answer>> running = List.of(a, b).stream().map(c -> CompletableFuture.supplyAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return daemon.send(c.dir(), c.env(), c.args());
        })).toList();
        go.countDown();
        List<Answer> answers = running.stream().map(CompletableFuture::join).toList();
        for (Answer answer : answers) {
            assertThat(answer.outcome()).isEqualTo(DaemonClient.Outcome.DONE);
            assertThat(answer.out() + answer.err()).doesNotContain(OWN);
        }
        return answers;
    }

    private static Path dir(String name, String... files) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        return dir;
    }

    private static String service(String name) {
        return "services:\n  " + name + ":\n    image: berth/busybox:latest\n";
    }

    @Test
    void composeProjectNameIsEachCallersAndWithoutAFileNamesTheProjectAsInTheReference() throws Exception {
        Path a = dir("name-a", "compose.yaml", service("web"));
        Path b = dir("name-b", "compose.yaml", service("web"));
        List<Answer> named = together(new Call(a, caller("COMPOSE_PROJECT_NAME", "ctx-alpha"), "config"),
                new Call(b, caller("COMPOSE_PROJECT_NAME", "ctx-beta"), "config"));
        assertThat(named.get(0).out()).startsWith("name: ctx-alpha\n");
        assertThat(named.get(1).out()).startsWith("name: ctx-beta\n");

        Path empty = dir("no-file");
        List<Answer> ps = together(new Call(empty, caller("COMPOSE_PROJECT_NAME", RUNNING), "ps"),
                new Call(empty, caller(), "ps"));
        assertThat(ps.get(0).code()).as(ps.get(0).err()).isZero();
        assertThat(ps.get(0).out()).startsWith("NAME ");
        assertThat(ps.get(1).code()).isEqualTo(1);
        assertThat(ps.get(1).err()).startsWith("no configuration file provided: not found");
    }

    @Test
    void composeFileAndItsPathSeparatorAreEachCallers() throws Exception {
        Path a = dir("file-a", "alpha.yaml", service("alpha"));
        Path b = dir("file-b", "beta.yaml", service("beta"));
        List<Answer> files = together(new Call(a, caller("COMPOSE_FILE", "alpha.yaml"), "config", "--services"),
                new Call(b, caller("COMPOSE_FILE", "beta.yaml"), "config", "--services"));
        assertThat(files.get(0).out()).isEqualTo("alpha\n");
        assertThat(files.get(1).out()).isEqualTo("beta\n");

        Path s = dir("separator", "base.yaml", service("base"), "over-a.yaml", service("extra-a"),
                "over-b.yaml", service("extra-b"));
        List<Answer> separated = together(
                new Call(s, caller("COMPOSE_PATH_SEPARATOR", ";", "COMPOSE_FILE", "base.yaml;over-a.yaml"), "config", "--services"),
                new Call(s, caller("COMPOSE_PATH_SEPARATOR", "|", "COMPOSE_FILE", "base.yaml|over-b.yaml"), "config", "--services"));
        assertThat(separated.get(0).out().lines().sorted().toList()).containsExactly("base", "extra-a");
        assertThat(separated.get(1).out().lines().sorted().toList()).containsExactly("base", "extra-b");
    }

    @Test
    void composeProfilesAndEnvFilesAreEachCallers() throws Exception {
        Path p = dir("profiles", "compose.yaml", service("base") + """
                  one:
                    image: berth/busybox:latest
                    profiles: [one]
                  two:
                    image: berth/busybox:latest
                    profiles: [two]
                """);
        List<Answer> profiles = together(new Call(p, caller("COMPOSE_PROFILES", "one"), "config", "--services"),
                new Call(p, caller("COMPOSE_PROFILES", "two"), "config", "--services"));
        assertThat(profiles.get(0).out().lines().sorted().toList()).containsExactly("base", "one");
        assertThat(profiles.get(1).out().lines().sorted().toList()).containsExactly("base", "two");

        Path e = dir("env-files", "compose.yaml", "services:\n  app:\n    image: img:${TAG}\n", "a.env", "TAG=a\n",
                "b.env", "TAG=b\n");
        List<Answer> envFiles = together(new Call(e, caller("COMPOSE_ENV_FILES", "a.env"), "config", "--images"),
                new Call(e, caller("COMPOSE_ENV_FILES", "b.env"), "config", "--images"));
        assertThat(envFiles.get(0).out()).isEqualTo("img:a\n");
        assertThat(envFiles.get(1).out()).isEqualTo("img:b\n");
    }

    @Test
    void dockerHostIsEachCallers() throws Exception {
        Path d = dir("host");
        List<Answer> hosts = together(new Call(d, caller("DOCKER_HOST", "unix:///tmp/berth-ctx-a.sock"), "-p", RUNNING, "ps"),
                new Call(d, caller(), "-p", RUNNING, "ps"));
        assertThat(hosts.get(0).code()).isNotZero();
        assertThat(hosts.get(0).err()).contains("unix:///tmp/berth-ctx-a.sock");
        assertThat(hosts.get(1).code()).as(hosts.get(1).err()).isZero(); // the default socket, not the daemon's
    }

    @Test
    void dockerContextAndDockerConfigAreEachCallers() throws Exception {
        Path d = dir("contexts");
        Path configA = Files.createDirectories(root.resolve("docker-config-a"));
        Path configB = Files.createDirectories(root.resolve("docker-config-b"));
        context(configA, "one", "unix:///tmp/berth-ctx-a1.sock");
        context(configA, "two", "unix:///tmp/berth-ctx-a2.sock");
        context(configB, "one", "unix:///tmp/berth-ctx-b1.sock");
        List<Answer> contexts = together(
                new Call(d, caller("DOCKER_CONFIG", configA.toString(), "DOCKER_CONTEXT", "one"), "-p", RUNNING, "ps"),
                new Call(d, caller("DOCKER_CONFIG", configA.toString(), "DOCKER_CONTEXT", "two"), "-p", RUNNING, "ps"));
        assertThat(contexts.get(0).err()).contains("unix:///tmp/berth-ctx-a1.sock");
        assertThat(contexts.get(1).err()).contains("unix:///tmp/berth-ctx-a2.sock");
        List<Answer> configs = together(
                new Call(d, caller("DOCKER_CONFIG", configA.toString(), "DOCKER_CONTEXT", "one"), "-p", RUNNING, "ps"),
                new Call(d, caller("DOCKER_CONFIG", configB.toString(), "DOCKER_CONTEXT", "one"), "-p", RUNNING, "ps"));
        assertThat(configs.get(0).err()).contains("unix:///tmp/berth-ctx-a1.sock");
        assertThat(configs.get(1).err()).contains("unix:///tmp/berth-ctx-b1.sock");
    }

    /** A context as {@code docker context create NAME --docker host=HOST} writes it. */
    private static void context(Path config, String name, String host) throws Exception {
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Path dir = Files.createDirectories(config.resolve("contexts/meta").resolve(hash));
        Files.writeString(dir.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Endpoints\":{\"docker\":{\"Host\":\""
                + host + "\"}}}");
    }

    @Test
    void progressAnsiStatusStdoutAndNoColorAreEachCallers() throws Exception {
        Path r = dir("running", "compose.yaml", "services:\n  web:\n    image: berth/busybox:latest\n"
                + "    command: [\"sleep\", \"600\"]\n    init: true\n");
        Answer up = daemon.send(r, caller("COMPOSE_PROJECT_NAME", RUNNING), "up", "-d");
        assertThat(up.code()).as(up.err()).isZero();
        String line = "Container " + RUNNING + "-web-1";

        List<Answer> progress = together(new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_PROGRESS", "json"), "up", "-d"),
                new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_PROGRESS", "plain"), "up", "-d"));
        assertThat(progress.get(0).err()).startsWith("{\"id\":\"" + line + "\"");
        assertThat(progress.get(1).err()).isEqualTo(" " + line + "  Running\n");

        List<Answer> status = together(new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_STATUS_STDOUT", "1"), "up", "-d"),
                new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING), "up", "-d"));
        assertThat(status.get(0).out()).contains(line);
        assertThat(status.get(0).err()).isEmpty();
        assertThat(status.get(1).out()).isEmpty();
        assertThat(status.get(1).err()).contains(line);

        List<Answer> ansi = together(new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_ANSI", "always"), "up", "-d"),
                new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_ANSI", "never"), "up", "-d"));
        assertThat(ansi.get(0).err()).contains("\u001b[").contains("\u001b[32m"); // the live view, coloured
        assertThat(ansi.get(1).err()).doesNotContain("\u001b");

        List<Answer> colour = together(new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_ANSI", "always", "NO_COLOR", "1"), "up", "-d"),
                new Call(r, caller("COMPOSE_PROJECT_NAME", RUNNING, "COMPOSE_ANSI", "always"), "up", "-d"));
        assertThat(colour.get(0).err()).contains("\u001b[K").doesNotContain("\u001b[32m"); // cursor moves, no colour
        assertThat(colour.get(1).err()).contains("\u001b[32m");
    }

    @Test
    void composeRemoveOrphansIsEachCallers() throws Exception {
        String project = RUNNING + "-orphans";
        Path o = dir("orphans", "compose.yaml", service("web") + "    command: [\"sleep\", \"600\"]\n    init: true\n"
                + "  old:\n    image: berth/busybox:latest\n    command: [\"sleep\", \"600\"]\n    init: true\n");
        try {
            Answer up = daemon.send(o, caller(), "-p", project, "up", "-d");
            assertThat(up.code()).as(up.err()).isZero();
            Files.writeString(o.resolve("compose.yaml"), service("web") + "    command: [\"sleep\", \"600\"]\n    init: true\n");
            List<Answer> down = together(new Call(o, caller("COMPOSE_REMOVE_ORPHANS", "true"), "-p", project, "down", "--dry-run"),
                    new Call(o, caller(), "-p", project, "down", "--dry-run"));
            assertThat(down.get(0).out()).contains("remove container " + project + "-old-1");
            assertThat(down.get(1).out()).contains("remove container " + project + "-web-1")
                    .doesNotContain(project + "-old-1");
        } finally {
            daemon.send(o, caller(), "-p", project, "down", "--remove-orphans", "-t", "0");
        }
    }

    @Test
    void noCommandShowsTheDaemonsOwnValuesOfWhatBerthDoesNotReadYet() throws Exception {
        Path d = dir("unread", "compose.yaml", service("web"));
        List<Answer> plain = together(new Call(d, caller(), "config"), new Call(d, caller(), "-p", RUNNING, "ps"));
        assertThat(plain.get(0).code()).isZero();
        assertThat(plain.get(1).code()).as(plain.get(1).err()).isZero();
    }
}
