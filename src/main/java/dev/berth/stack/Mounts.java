package dev.berth.stack;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Volume;
import dev.berth.stack.Values.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A service's volumes as Swarm mounts: named volumes under the stack's name with its label, as the docker CLI. */
record Mounts(Project project, String namespace) {

    List<Map<String, Object>> of(List<Doc> volumes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Doc v : volumes) {
            String type = v.string("type");
            Json mount = new Json().with("Type", type).with("Source", DeploySection.blank(v.string("source")))
                    .with("Target", v.string("target")).with("ReadOnly", Boolean.TRUE.equals(v.get("read_only")) ? true : null);
            switch (type) {
                case "volume" -> volume(v, mount);
                case "bind" -> mount.with("BindOptions", new Json().with("Propagation",
                        DeploySection.blank(v.string("bind", "propagation"))));
                case "tmpfs" -> mount.with("TmpfsOptions", new Json().with("SizeBytes", Values.bytes(v.get("tmpfs", "size")))
                        .with("Mode", Values.integer(v.get("tmpfs", "mode"))));
                default -> { }
            }
            out.add(mount);
        }
        return out;
    }

    private void volume(Doc v, Json mount) {
        String source = v.string("source");
        if (source.isEmpty()) {
            return;
        }
        Volume declared = project.volumes().get(source);
        if (declared == null) {
            throw new StackException("undefined volume \"" + source + "\"");
        }
        mount.put("Source", declared.name() == null ? namespace + "_" + source : declared.name());
        Json options = new Json().with("NoCopy", Boolean.TRUE.equals(v.get("volume", "nocopy")) ? true : null);
        if (!declared.external()) {
            Doc tree = new Doc(project.tree()).doc("volumes", source);
            Map<String, String> labels = new TreeMap<>(Values.stringMap(tree.get("labels")));
            labels.put(ServiceConverter.NAMESPACE, namespace);
            options.with("Labels", labels);
            if (tree.has("driver") || tree.has("driver_opts")) {
                options.with("DriverConfig", new Json().with("Name", DeploySection.blank(tree.string("driver")))
                        .with("Options", Values.stringMap(tree.get("driver_opts"))));
            }
        }
        mount.put("VolumeOptions", options);
    }
}
