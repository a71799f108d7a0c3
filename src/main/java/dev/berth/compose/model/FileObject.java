package dev.berth.compose.model;

/** A top-level secret or config: from a file, an environment variable, inline content, or external. */
public record FileObject(String key, String name, String file, String environment, String content, boolean external) {}
