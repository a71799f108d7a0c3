package dev.berth.engine;

/**
 * A container of the project and the image it was created from ({@code images}): {@code id} is null when the engine
 * no longer has that image (then size and creation time are 0 and the platform empty).
 */
public record ContainerImage(ContainerState container, String id, String platform, long size,
                             long createdEpochSeconds) {}
