package dev.berth.insight.advice;

import dev.berth.compose.model.Mount;
import dev.berth.compose.model.PortMapping;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The compose file checks about what a service exposes: secrets in environment, databases, root, the project dir. */
final class ExposureChecks {
    private static final Pattern SECRET = Pattern.compile("(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY"
            + "|ACCESS_?KEY|CREDENTIALS?)$");
    private static final Set<String> DATABASES = Set.of("postgres", "postgis", "mysql", "mariadb", "mongo", "redis",
            "valkey", "memcached", "elasticsearch", "opensearch", "cassandra", "couchdb", "influxdb", "neo4j",
            "clickhouse", "rabbitmq", "timescaledb");
    private static final Set<Integer> DATABASE_PORTS = Set.of(5432, 3306, 27017, 6379, 11211, 9200, 9042, 5984, 8086,
            7687, 8123, 5672);

    private ExposureChecks() {}

    static void check(Project project, Service s, Sources src, Consumer<Finding> out) {
        String at = "services." + s.name();
        for (var e : new TreeMap<>(s.environment()).entrySet()) {
            String value = e.getValue();
            if (SECRET.matcher(e.getKey()).matches() && value != null && !value.isEmpty()
                    && !value.startsWith("/run/secrets/")) {
                out.accept(new Finding(src.entry(at + ".environment", e.getKey()), "secret-in-environment",
                        e.getKey() + " holds a secret in environment", "environment values show in docker inspect,"
                        + " in crash reports and in every child process; a secret is a file only the container"
                        + " reads (secrets:, and the image's *_FILE variable where it has one).", null));
            }
        }
        if (database(s)) {
            for (int i = 0; i < s.ports().size(); i++) {
                published(s, s.ports().get(i), at + ".ports[" + i + "]", src, out);
            }
        }
        if ("root".equals(s.user()) || "0".equals(s.user()) || s.user() != null && s.user().startsWith("0:")) {
            out.accept(new Finding(src.at(at + ".user"), "root-user", s.name() + " runs as root",
                    "a process that breaks out of its container as root owns the host's files it can reach.", null));
        }
        for (int i = 0; i < s.volumes().size(); i++) {
            Mount m = s.volumes().get(i);
            if ("bind".equals(m.type()) && m.source() != null && wholeProject(project, Path.of(m.source()))) {
                out.accept(new Finding(src.at(at + ".volumes[" + i + "]"), "bind-project", s.name()
                        + " mounts the whole project at " + m.target() + (m.readOnly() ? "" : " read-write"),
                        "the container sees (and may change) .git, .env and the compose files; mount only the"
                        + " directory it needs.", null));
            }
        }
    }

    private static void published(Service s, PortMapping p, String path, Sources src, Consumer<Finding> out) {
        String ip = p.hostIp();
        if (p.published() == null || ip != null && !ip.isEmpty() && !ip.equals("0.0.0.0") && !ip.equals("::")) {
            return;
        }
        out.accept(new Finding(src.at(path), "database-published", s.name() + " publishes " + p.published() + ":"
                + p.target() + " on every interface", "a database port published on 0.0.0.0 is reachable from the"
                + " network, and Docker's iptables rules pass before the host's firewall; bind it to 127.0.0.1.",
                ip == null || ip.isEmpty() ? src.fix(src.at(path), "publish on 127.0.0.1 only",
                        t -> startsWithDigit(t, src.at(path)) ? TextEdits.insertAt(t, src.at(path), "127.0.0.1:")
                                : null) : null));
    }

    /** The port's text at the location is the short syntax (a number first), which a host IP prefix fits. */
    private static boolean startsWithDigit(String text, dev.berth.compose.model.Location at) {
        List<String> lines = TextEdits.lines(text);
        if (at.line() > lines.size()) {
            return false;
        }
        String rest = lines.get(at.line() - 1).substring(Math.min(at.column() - 1, lines.get(at.line() - 1).length()));
        rest = rest.startsWith("\"") || rest.startsWith("'") ? rest.substring(1) : rest;
        return !rest.isEmpty() && Character.isDigit(rest.charAt(0));
    }

    static boolean database(Service s) {
        if (s.image() != null) {
            String repo = s.image().replaceAll("[:@].*$", "");
            repo = repo.substring(repo.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (DATABASES.contains(repo)) {
                return true;
            }
        }
        return s.ports().stream().anyMatch(p -> DATABASE_PORTS.contains(p.target()));
    }

    private static boolean wholeProject(Project project, Path source) {
        Path dir = project.workingDir();
        return dir != null && (source.normalize().equals(dir.normalize()) || dir.normalize().startsWith(source.normalize())
                && !source.normalize().equals(source.getRoot()));
    }
}
