package dev.berth.compose.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a load reads its files from: an editor's unsaved text where there is one (by absolute, normalized
 * path), else the disk; {@code -} is the caller's stdin. It remembers every file it gave out, compose or
 * env, so a window can open the files a project is made of (included and extended ones too). It also keeps what
 * each question about a file was answered (its text, whether it is there), so a later load can tell whether
 * reading everything again would give the same ({@link #sameAnswers}).
 */
public final class SourceTexts {
    /** What a file read was for. */
    public enum Kind { COMPOSE, ENV }

    private final InputStream stdin;
    private final Map<Path, String> buffers;
    private final Map<Path, Kind> read = new LinkedHashMap<>();
    private final List<Answer> answers = new ArrayList<>();

    /** A question a load asked about a file, and what it was told. */
    sealed interface Answer {
        /** Its text (through the buffers), for a compose or env file. */
        record Text(Path file, Kind kind, String text) implements Answer {}

        /** Whether it is there (a buffer counts). */
        record Exists(Path file, boolean there) implements Answer {}
    }

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
            answered(new Answer.Text(file, kind, text));
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
        boolean there = buffers.containsKey(file.toAbsolutePath().normalize()) || Files.isRegularFile(file);
        answered(new Answer.Exists(file, there));
        return there;
    }

    private synchronized void answered(Answer a) {
        answers.add(a);
    }

    /** What this load's questions were answered, in order. */
    synchronized List<Answer> answers() {
        return List.copyOf(answers);
    }

    /**
     * Asks {@code earlier}'s questions again through these texts (which then remember the same files as read) and
     * tells whether every answer is the same. A file that is there now but was not (or the other way round) is a
     * different answer.
     */
    boolean sameAnswers(List<Answer> earlier) {
        try {
            for (Answer a : earlier) {
                boolean same = switch (a) {
                    case Answer.Text t -> read(t.file(), t.kind()).equals(t.text());
                    case Answer.Exists e -> isFile(e.file()) == e.there();
                };
                if (!same) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private synchronized void remember(Path file, Kind kind) {
        read.putIfAbsent(file, kind);
    }

    /** The files read so far, in the order they were first read; also after a load that failed. */
    public synchronized Map<Path, Kind> read() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(read));
    }
}
