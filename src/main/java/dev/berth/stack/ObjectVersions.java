package dev.berth.stack;

import dev.berth.compose.model.FileObject;
import dev.berth.compose.model.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Secrets and configs as versioned Swarm objects. Swarm never changes an object's data, so a changed file gets a new
 * object, {@code <stack>_<key>-<hash>}, and the services using it roll; an unchanged one is reused. The content's
 * hash is kept in a label; a config without it (docker stack made it) is compared by its data, a secret without it
 * cannot be read and is replaced once.
 */
final class ObjectVersions {
    static final String HASH = "dev.berth.stack.content-hash";
    static final String KEY = "dev.berth.stack.object";
    private final Map<String, String> names = new TreeMap<>();
    private final Map<String, String> ids = new TreeMap<>();
    private final List<NewObject> toCreate = new ArrayList<>();
    private final List<Old> unused = new ArrayList<>();

    /** An earlier version of a secret or config ("Secret" or "Config") that this deploy no longer uses. */
    record Old(String kind, Doc doc) {
        String name() {
            return doc.string("Spec", "Name");
        }
    }

    /** An object to create: kind "Secret" or "Config"; {@link #toString()} never shows the data. */
    record NewObject(String kind, String key, String name, byte[] data, Map<String, String> labels, String cause) {
        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    ObjectVersions(Project project, String namespace, Map<String, List<Doc>> existing) {
        plan("Secret", project.secrets(), project, namespace, existing.getOrDefault("Secret", List.of()));
        plan("Config", project.configs(), project, namespace, existing.getOrDefault("Config", List.of()));
    }

    private void plan(String kind, Map<String, FileObject> declared, Project project, String namespace, List<Doc> existing) {
        List<Doc> chosen = new ArrayList<>();
        for (FileObject object : declared.values()) {
            if (object.external()) {
                names.put(kind + "/" + object.key(), object.name());
                continue;
            }
            byte[] data = content(object, project);
            String hash = sha256(data);
            String plain = object.name() == null ? namespace + "_" + object.key() : object.name();
            Doc same = existing.stream().filter(d -> sameObject(d, object.key(), plain) && sameContent(d, hash, data))
                    .findFirst().orElse(null);
            if (same != null) {
                chosen.add(same);
                names.put(kind + "/" + object.key(), same.string("Spec", "Name"));
                ids.put(kind + "/" + same.string("Spec", "Name"), same.string("ID"));
                continue;
            }
            boolean taken = existing.stream().anyMatch(d -> d.string("Spec", "Name").equals(plain));
            String name = taken ? plain + "-" + hash.substring(0, 10) : plain;
            Map<String, String> labels = new TreeMap<>(Values.stringMap(new Doc(project.tree())
                    .get(kind.toLowerCase() + "s", object.key(), "labels")));
            labels.put(ServiceConverter.NAMESPACE, namespace);
            labels.put(HASH, hash);
            labels.put(KEY, object.key());
            names.put(kind + "/" + object.key(), name);
            toCreate.add(new NewObject(kind, object.key(), name, data, labels, taken ? "content changed" : "new"));
        }
        existing.stream().filter(d -> !chosen.contains(d) && d.labels("Spec", "Labels").containsKey(KEY)).forEach(d -> unused.add(new Old(kind, d)));
    }

    private static boolean sameObject(Doc d, String key, String plain) {
        return d.string("Spec", "Name").equals(plain) || key.equals(d.labels("Spec", "Labels").get(KEY));
    }

    private static boolean sameContent(Doc d, String hash, byte[] data) {
        String label = d.labels("Spec", "Labels").get(HASH);
        if (label != null) {
            return label.equals(hash);
        }
        Object stored = d.get("Spec", "Data");
        return stored != null && java.util.Arrays.equals(java.util.Base64.getDecoder().decode(String.valueOf(stored)), data);
    }

    private static byte[] content(FileObject object, Project project) {
        if (object.file() != null) {
            try {
                return Files.readAllBytes(project.workingDir().resolve(Path.of(object.file())));
            } catch (IOException e) {
                throw new StackException("open " + object.file() + ": no such file or directory");
            }
        }
        String text = object.environment() != null ? project.environment().getOrDefault(object.environment(), "")
                : object.content() == null ? "" : object.content();
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String name(String kind, String key) {
        return names.get(kind + "/" + key);
    }

    String id(String kind, String name) {
        return ids.get(kind + "/" + name);
    }

    void created(String kind, String name, String id) {
        ids.put(kind + "/" + name, id);
    }

    List<NewObject> toCreate() {
        return List.copyOf(toCreate);
    }

    /** Earlier versions Berth made for this stack that this deploy no longer uses. */
    List<Old> unused() {
        return List.copyOf(unused);
    }

    /** Object names the services refer to that must exist already (external ones): name → kind. */
    Map<String, String> externals(Project project) {
        Map<String, String> out = new LinkedHashMap<>();
        project.secrets().values().stream().filter(FileObject::external).forEach(o -> out.put(o.name(), "Secret"));
        project.configs().values().stream().filter(FileObject::external).forEach(o -> out.put(o.name(), "Config"));
        return out;
    }
}
