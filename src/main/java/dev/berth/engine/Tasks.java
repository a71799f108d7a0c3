package dev.berth.engine;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * Threads for engine work. A JVM that does socket I/O on virtual threads starts the JDK's poller threads, which
 * sit in a native epoll_wait; at exit the JVM waits up to 300 ms for every thread in native code (measured:
 * every in-process `ps`, `up -d`, `down` ended 0.3 s late). So a one-shot command uses platform threads, and a
 * process that lives on (the resident daemon) switches to virtual threads, which are cheaper per task.
 */
public final class Tasks {
    private static volatile boolean virtual;

    private Tasks() {}

    /** For long-lived processes: later executors run their tasks on virtual threads. */
    public static void useVirtualThreads() {
        virtual = true;
    }

    /** An executor with one new thread per task; close it to wait for them. */
    public static ExecutorService perTask() {
        return Executors.newThreadPerTaskExecutor(factory());
    }

    /** Runs {@code task} on a new thread of the current kind. */
    public static Thread start(Runnable task) {
        Thread t = factory().newThread(task);
        t.start();
        return t;
    }

    private static ThreadFactory factory() {
        return virtual ? Thread.ofVirtual().factory() : Thread.ofPlatform().daemon().factory();
    }
}
