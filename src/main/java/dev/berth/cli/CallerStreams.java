package dev.berth.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The caller's streams and context for one command, taken in one place at the top of its {@code call()}. */
record CallerStreams(PrintStream out, PrintStream err, InputStream in, Invocation invocation) {

    static CallerStreams of(Invocation caller) {
        return new CallerStreams(caller.out(), caller.err(), caller.in(), caller);
    }
}
