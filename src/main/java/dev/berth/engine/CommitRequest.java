package dev.berth.engine;

import java.util.List;

/** {@code commit}: repository and tag may be null (an untagged image); {@code changes} are Dockerfile lines. */
public record CommitRequest(String repository, String tag, String author, String message, List<String> changes,
                            boolean pause) {
    public CommitRequest {
        changes = List.copyOf(changes);
    }
}
