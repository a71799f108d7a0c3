package dev.berth.engine;

/** One layer of an image's history, newest first as the engine lists it: what made it, its size, when. */
public record ImageLayer(String createdBy, long sizeBytes, long createdEpochSeconds) {}
