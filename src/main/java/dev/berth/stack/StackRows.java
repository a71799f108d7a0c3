package dev.berth.stack;

import dev.berth.stack.StackViews.NodeRow;
import dev.berth.stack.StackViews.ServiceRow;
import dev.berth.stack.StackViews.TaskRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Engine JSON → the rows of {@code stack services} and {@code stack ps}, ordered as the docker CLI orders them. */
final class StackRows {
    private StackRows() {}

    static List<ServiceRow> services(List<Doc> services, List<Doc> tasks) {
        List<ServiceRow> out = new ArrayList<>();
        for (Doc s : services) {
            String id = s.string("ID");
            List<Doc> mine = tasks.stream().filter(t -> t.string("ServiceID").equals(id)).toList();
            int running = (int) mine.stream().filter(t -> !t.string("DesiredState").equals("shutdown")
                    && t.string("Status", "State").equals("running")).count();
            Doc mode = s.doc("Spec", "Mode");
            String modeName;
            int desired;
            if (mode.has("Global") || mode.has("GlobalJob")) {
                modeName = mode.has("Global") ? "global" : "global job";
                desired = (int) mine.stream().filter(t -> !t.string("DesiredState").equals("shutdown")).count();
            } else if (mode.has("ReplicatedJob")) {
                modeName = "replicated job";
                desired = (int) mode.number("ReplicatedJob", "TotalCompletions");
            } else {
                modeName = "replicated";
                desired = mode.has("Replicated", "Replicas") ? (int) mode.number("Replicated", "Replicas") : 1;
            }
            String replicas = running + "/" + desired;
            long max = s.number("Spec", "TaskTemplate", "Placement", "MaxReplicas");
            if (max > 0) {
                replicas += " (max " + max + " per node)";
            }
            if (modeName.endsWith("job")) {
                long done = mine.stream().filter(t -> t.string("Status", "State").equals("complete")).count();
                replicas += " (" + done + "/" + desired + " completed)";
            }
            out.add(new ServiceRow(id, s.string("Spec", "Name"), modeName, replicas,
                    shortImage(s.string("Spec", "TaskTemplate", "ContainerSpec", "Image")), ports(s.docs("Endpoint", "Ports"), true),
                    running, desired));
        }
        out.sort(Comparator.comparing(ServiceRow::name));
        return out;
    }

    /** The ps order: service name, slot (or node), newest first; tasks after the newest of a slot are history. */
    static List<TaskRow> tasks(List<Doc> services, List<Doc> tasks, List<Doc> nodes) {
        Map<String, Doc> byId = new HashMap<>();
        services.forEach(s -> byId.put(s.string("ID"), s));
        Map<String, String> hosts = new HashMap<>();
        nodes.forEach(n -> hosts.put(n.string("ID"), n.string("Description", "Hostname")));
        List<Doc> sorted = new ArrayList<>(tasks.stream().filter(t -> byId.containsKey(t.string("ServiceID"))).toList());
        sorted.sort(Comparator.comparing((Doc t) -> byId.get(t.string("ServiceID")).string("Spec", "Name"))
                .thenComparing(t -> t.number("Slot")).thenComparing(t -> t.number("Slot") == 0 ? t.string("NodeID") : "")
                .thenComparing(StackRows::created, Comparator.reverseOrder()));
        List<TaskRow> out = new ArrayList<>();
        String previous = null;
        for (Doc t : sorted) {
            String service = byId.get(t.string("ServiceID")).string("Spec", "Name");
            String name = service + "." + (t.number("Slot") > 0 ? String.valueOf(t.number("Slot")) : t.string("NodeID"));
            boolean history = name.equals(previous);
            previous = name;
            out.add(new TaskRow(t.string("ID"), name, shortImage(t.string("Spec", "ContainerSpec", "Image")),
                    hosts.getOrDefault(t.string("NodeID"), ""), t.string("DesiredState"), t.string("Status", "State"),
                    instant(t.string("Status", "Timestamp")), t.string("Status", "Err"),
                    ports(t.docs("Status", "PortStatus", "Ports"), false), history));
        }
        return out;
    }

    static List<NodeRow> nodes(List<Doc> nodes) {
        List<NodeRow> out = new ArrayList<>();
        nodes.forEach(n -> out.add(new NodeRow(n.string("ID"), n.string("Description", "Hostname"), n.string("Status", "State"),
                n.string("Spec", "Availability"), n.string("Spec", "Role"))));
        out.sort(Comparator.comparing(NodeRow::hostname));
        return out;
    }

    /** "*:8080->80/tcp": published ingress ports for services, host ports for tasks. */
    private static String ports(List<Doc> ports, boolean ingressOnly) {
        List<String> out = new ArrayList<>();
        for (Doc p : ports) {
            if (ingressOnly && !p.string("PublishMode").equals("ingress") || p.number("PublishedPort") == 0) {
                continue;
            }
            out.add("*:" + p.number("PublishedPort") + "->" + p.number("TargetPort") + "/" + p.string("Protocol"));
        }
        return String.join(", ", out);
    }

    /** The image without its pinned digest, as the docker CLI shows it unless --no-trunc. */
    static String shortImage(String image) {
        int at = image.indexOf('@');
        return at < 0 ? image : image.substring(0, at);
    }

    /** When the task was made: the engine's JSON inlines the object meta, so CreatedAt is a top-level field. */
    static Instant created(Doc task) {
        Instant at = instant(task.string("CreatedAt"));
        return at == null ? Instant.EPOCH : at;
    }

    private static Instant instant(String text) {
        try {
            return text.isEmpty() ? null : Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
