package dev.berth.compose.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a load reads its files from: an editor's unsaved text where there is one (by absolute, normalized
 * path), else the disk; {@code -} is the caller's stdin. It remembers every file it gave out, compose or
 * env, so a window can open the files a project is made of (included and extended ones too).
 */
public final class SourceTexts {
    /** What a file read was for. */
    public enum Kind { COMPOSE, ENV }

    private final InputStream stdin;
    private final Map<Path, String> buffers;
    private final Map<Path, Kind> read = new LinkedHashMap<>();

    /**
     * @param stdin   what a {@code -f -} file reads
     * @param buffers text that stands for a file's content on disk: what an editor holds before it is saved
     */
    public SourceTexts(InputStream stdin, Map<Path, String> buffers) {
        this.stdin = stdin;
        this.buffers = Map.copyOf(buffers);
    }

    /** Files on disk only. */
    public static SourceTexts disk(InputStream stdin) {
        return new SourceTexts(stdin, Map.of());
    }

    /** The file's text, buffered or on disk. */
    String read(Path file, Kind kind) throws IOException {
        if (file.toString().equals("-")) {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path key = file.toAbsolutePath().normalize();
        String buffered = buffers.get(key);
        try {
            String text = buffered != null ? buffered : Files.readString(file, StandardCharsets.UTF_8);
            remember(key, kind);
            return text;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Reads services' env_file and label_file texts through this source, remembered as env files. */
    public dev.berth.compose.load.canonical.LoadContext.EnvTexts envTexts() {
        return new dev.berth.compose.load.canonical.LoadContext.EnvTexts() {
            public boolean isFile(Path file) {
                return SourceTexts.this.isFile(file);
            }

            public String read(Path file) throws IOException {
                return SourceTexts.this.read(file, Kind.ENV);
            }
        };
    }

    /** A file there to read: an unsaved buffer counts, as the editor shows it. */
    boolean isFile(Path file) {
        return buffers.containsKey(file.toAbsolutePath().normalize()) || Files.isRegularFile(file);
    }

    private synchronized void remember(Path file, Kind kind) {
        read.putIfAbsent(file, kind);
    }

    /** The files read so far, in the order they were first read; also after a load that failed. */
    public synchronized Map<Path, Kind> read() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(read));
    }
}
