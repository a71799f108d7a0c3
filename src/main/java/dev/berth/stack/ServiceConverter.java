package dev.berth.stack;

import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.Project;
import dev.berth.stack.Values.Json;
import dev.berth.stack.Values.Keep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One compose service as a Swarm ServiceSpec, in the Engine API's JSON, the way {@code docker stack deploy}
 * converts it (its convert.Service): so that a stack deployed by either tool looks the same to the other.
 */
final class ServiceConverter {
    static final String NAMESPACE = "com.docker.stack.namespace";
    static final String IMAGE = "com.docker.stack.image";
    private final Project project;
    private final String namespace;
    private final ObjectVersions objects;

    ServiceConverter(Project project, String namespace, ObjectVersions objects) {
        this.project = project;
        this.namespace = namespace;
        this.objects = objects;
    }

    Map<String, Object> convert(String serviceName) {
        Doc s = new Doc(project.service(serviceName).tree());
        DeploySection deploy = new DeploySection(s);
        Map<String, String> labels = new TreeMap<>(deploy.labels());
        labels.put(NAMESPACE, namespace);
        labels.put(IMAGE, s.string("image"));
        Keep task = new Keep().with("ContainerSpec", container(serviceName, s)).with("LogDriver", logDriver(s))
                .with("Resources", deploy.resources()).with("RestartPolicy", deploy.restartPolicy(s.string("restart")))
                .with("Placement", deploy.placement()).with("Networks", networks(serviceName, s));
        return new Json().with("Name", namespace + "_" + serviceName).with("Labels", labels).with("TaskTemplate", task)
                .with("Mode", deploy.mode()).with("UpdateConfig", deploy.updateConfig("update_config"))
                .with("RollbackConfig", deploy.updateConfig("rollback_config"))
                .with("EndpointSpec", deploy.endpoint(s.docs("ports")));
    }

    private Map<String, Object> container(String serviceName, Doc s) {
        Map<String, String> labels = new TreeMap<>(Values.stringMap(s.get("labels")));
        labels.put(NAMESPACE, namespace);
        // Privileges as the docker CLI sends it; DNSConfig only when the file has dns settings: an empty one
        // where the docker CLI sends none makes Swarm restart every task on its next deploy
        Map<String, Object> privileges = new java.util.LinkedHashMap<>();
        privileges.put("CredentialSpec", null);
        privileges.put("SELinuxContext", null);
        privileges.put("NoNewPrivileges", false);
        return new Json().with("Image", s.string("image")).with("Labels", labels).with("Privileges", privileges)
                .with("Command", Values.strings(s.get("entrypoint"))).with("Args", Values.strings(s.get("command")))
                .with("Hostname", DeploySection.blank(s.string("hostname"))).with("Env", environment(s))
                .with("Dir", DeploySection.blank(s.string("working_dir"))).with("User", DeploySection.blank(s.string("user")))
                .with("Hosts", hosts(s)).with("DNSConfig", dns(s)).with("Healthcheck", Healthchecks.of(s.doc("healthcheck"), s.has("healthcheck")))
                .with("Mounts", new Mounts(project, namespace).of(s.docs("volumes")))
                .with("StopGracePeriod", Values.nanos(s.get("stop_grace_period")))
                .with("StopSignal", DeploySection.blank(s.string("stop_signal")))
                .with("TTY", Boolean.TRUE.equals(s.get("tty")) ? true : null)
                .with("OpenStdin", Boolean.TRUE.equals(s.get("stdin_open")) ? true : null)
                .with("ReadOnly", Boolean.TRUE.equals(s.get("read_only")) ? true : null)
                .with("Init", s.get("init")).with("Sysctls", sysctls(s))
                .with("CapabilityAdd", Values.strings(s.get("cap_add"))).with("CapabilityDrop", Values.strings(s.get("cap_drop")))
                .with("Secrets", references(s.docs("secrets"), project.secrets(), "Secret", "/run/secrets/"))
                .with("Configs", references(s.docs("configs"), project.configs(), "Config", null));
    }

    private static List<String> environment(Doc s) {
        List<String> env = new ArrayList<>();
        Values.stringMap(s.get("environment")).forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
        return env;
    }

    private static List<String> hosts(Doc s) {
        List<String> out = new ArrayList<>();
        if (s.get("extra_hosts") instanceof Map<?, ?> map) {
            map.forEach((host, ip) -> out.add((ip instanceof List<?> l ? l.getFirst() : ip) + " " + host));
        } else if (s.get("extra_hosts") instanceof List<?> list) {
            list.forEach(h -> {
                String[] p = String.valueOf(h).split("[:=]", 2);
                out.add(p.length < 2 ? p[0] : p[1] + " " + p[0]);
            });
        }
        return out;
    }

    private static Map<String, Object> dns(Doc s) {
        return new Json().with("Nameservers", Values.strings(s.get("dns"))).with("Search", Values.strings(s.get("dns_search")));
    }

    private static Map<String, String> sysctls(Doc s) {
        Map<String, String> out = Values.stringMap(s.get("sysctls"));
        return out.isEmpty() ? null : out;
    }

    private static Map<String, Object> logDriver(Doc s) {
        if (!s.has("logging")) {
            return null;
        }
        return new Json().with("Name", s.string("logging", "driver")).with("Options", Values.stringMap(s.get("logging", "options")));
    }

    /** Aliases: those of the file, then the service's own name, as the docker CLI; sorted by network name. */
    private List<Map<String, Object>> networks(String serviceName, Doc s) {
        Map<String, Map<String, Object>> byTarget = new TreeMap<>();
        Map<String, Object> declared = s.get("networks") instanceof Map<?, ?> m ? new Doc(cast(m)).root() : Map.of("default", "");
        for (String key : declared.keySet()) {
            var network = project.networks().get(key);
            String target = network == null ? namespace + "_" + key : network.name();
            Doc config = new Doc(s.get("networks", key) instanceof Map<?, ?> m ? cast(m) : Map.of());
            List<String> aliases = new ArrayList<>(Values.strings(config.get("aliases")) == null ? List.of()
                    : Values.strings(config.get("aliases")));
            aliases.add(serviceName);
            byTarget.put(target, new Json().with("Target", target).with("Aliases", aliases)
                    .with("DriverOpts", Values.stringMap(config.get("driver_opts"))));
        }
        return new ArrayList<>(byTarget.values());
    }

    /** secrets: and configs: of a service; the target of a secret is its name under /run/secrets, as Swarm mounts it. */
    private List<Map<String, Object>> references(List<Doc> refs, Map<String, FileObject> declared, String kind, String root) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Doc ref : refs) {
            String source = ref.string("source");
            FileObject object = declared.get(source);
            if (object == null) {
                throw new StackException("undefined " + kind.toLowerCase() + " \"" + source + "\"");
            }
            String target = ref.has("target") ? ref.string("target") : source;
            target = root != null && target.startsWith(root) ? target.substring(root.length()) : target;
            String name = objects.name(kind, source);
            Map<String, Object> file = new Json().with("Name", target).with("UID", ref.has("uid") ? ref.string("uid") : "0")
                    .with("GID", ref.has("gid") ? ref.string("gid") : "0")
                    .with("Mode", ref.has("mode") ? mode(ref.get("mode")) : 0444L);
            out.add(new Json().with("File", file).with(kind + "ID", objects.id(kind, name)).with(kind + "Name", name));
        }
        out.sort((a, b) -> String.valueOf(a.get(kind + "Name")).compareTo(String.valueOf(b.get(kind + "Name"))));
        return out;
    }

    /** A file mode: a number as it stands, a string as octal ("0440"). */
    private static Long mode(Object v) {
        return v instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(v), 8);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> m) {
        return (Map<String, Object>) m;
    }
}
