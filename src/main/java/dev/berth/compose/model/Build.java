package dev.berth.compose.model;

import java.util.Map;

/** A build section: context is an absolute path (or URL), dockerfile relative to it. */
public record Build(String context, String dockerfile, String dockerfileInline, String target,
                    Map<String, String> args, Map<String, String> labels) {
    public Build {
        args = Maps.copy(args);
        labels = Maps.copy(labels);
    }
}
