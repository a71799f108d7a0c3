package dev.berth.engine;

/** Which containers a listing shows: the running ones ({@code ps}), or stopped ones too ({@code ps -a}). */
public enum ContainerScope { RUNNING, ALL }
