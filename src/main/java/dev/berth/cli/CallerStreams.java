package dev.berth.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * The caller's streams and context for one command, taken in one place at the top of its {@code call()}: the
 * commands written with it read no other process global, so passing the caller's context in explicitly changes
 * only {@link #current()}.
 */
record CallerStreams(PrintStream out, PrintStream err, InputStream in, Invocation invocation) {

    static CallerStreams current() {
        return new CallerStreams(System.out, System.err, System.in, Invocation.current());
    }
}
