package dev.berth.compose.model;

/** A service volume in long form: type is volume, bind, tmpfs, image, npipe or cluster. */
public record Mount(String type, String source, String target, boolean readOnly, boolean createHostPath, Long tmpfsSize) {}
