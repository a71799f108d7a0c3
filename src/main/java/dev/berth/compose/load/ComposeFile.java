package dev.berth.compose.load;

import dev.berth.compose.load.yaml.YamlNode;
import dev.berth.compose.load.yaml.YamlReader;
import dev.berth.compose.load.yaml.YamlTree;
import dev.berth.compose.model.Location;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One compose file as read: its path ("-" for stdin) and the tree of each of its YAML documents. */
record ComposeFile(Path path, List<YamlTree.FileTree> documents) {

    static ComposeFile read(Path path, SourceTexts texts, SourceMap sourceMap) throws LoadException {
        return parse(path, text(path, texts), sourceMap);
    }

    /** Parses {@code text} as the content of {@code path} (an editor's unsaved buffer). */
    static ComposeFile parse(Path path, String text, SourceMap sourceMap) throws LoadException {
        List<YamlTree.FileTree> docs = new ArrayList<>();
        for (YamlNode doc : YamlReader.read(text, path)) {
            docs.add(YamlTree.of(doc, sourceMap));
        }
        return new ComposeFile(path, docs);
    }

    private static String text(Path path, SourceTexts texts) throws LoadException {
        try {
            return texts.read(path, SourceTexts.Kind.COMPOSE);
        } catch (NoSuchFileException e) {
            throw new LoadException(new Problem(new Location(path, 0, 0), "", "open " + path
                    + ": no such file or directory", null));
        } catch (IOException e) {
            throw new LoadException(new Problem(new Location(path, 0, 0), "", "cannot read " + path + ": "
                    + e.getMessage(), null));
        }
    }

    /** The top-level {@code name:} of the last document that sets one, or null (read before interpolation). */
    String rawName() {
        String name = null;
        for (YamlTree.FileTree doc : documents) {
            if (doc.tree().get("name") instanceof String s && !s.isEmpty()) {
                name = s;
            }
        }
        return name;
    }

    boolean isStdin() {
        return path.toString().equals("-");
    }
}
