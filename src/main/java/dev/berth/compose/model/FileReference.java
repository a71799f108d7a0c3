package dev.berth.compose.model;

/** A service's use of a secret or config, in long form. */
public record FileReference(String source, String target, String uid, String gid, Integer mode) {}
