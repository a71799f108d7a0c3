package dev.berth.stack;

import java.util.List;

/** Where a stack verb reports: lines as the docker CLI prints them, and the convergence of services as data. */
public interface StackOutput {
    void out(String line);

    void err(String line);

    /** Each service's state while a deploy waits for convergence; called whenever one changes. */
    default void progress(List<ServiceProgress> services) {}
}
