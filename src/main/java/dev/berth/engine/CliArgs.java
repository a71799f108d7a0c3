package dev.berth.engine;

import java.util.List;

/**
 * Docker CLI words for one engine call ({@code words} follow {@code docker create}), and the fields
 * of that call the CLI has no flag for ({@code unsaid}): shown next to the command, never dropped quietly.
 */
public record CliArgs(List<String> words, List<String> unsaid) {
    public CliArgs {
        words = List.copyOf(words);
        unsaid = List.copyOf(unsaid);
    }
}
