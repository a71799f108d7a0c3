package dev.berth.compose.model;

/** A port in long form. {@code published} is a string because it may be a range ("8000-8010"); null when not published. */
public record PortMapping(int target, String published, String hostIp, String protocol, String mode, String name) {}
