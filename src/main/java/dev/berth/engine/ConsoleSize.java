package dev.berth.engine;

/** The size of a terminal, in rows and columns. */
public record ConsoleSize(int rows, int columns) {}
