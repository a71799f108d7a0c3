package dev.berth.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises "create the network if it is missing" between concurrent ups on this host (threads and processes).
 * The engine allows two networks of one name, and containers then fail with "network is ambiguous".
 */
final class ProjectLock {
    private static final int STRIPES = 16;
    private static final ConcurrentHashMap<Integer, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private ProjectLock() {}

    static void withLock(String key, Runnable body) {
        ReentrantLock local = IN_PROCESS.computeIfAbsent(stripe(key), k -> new ReentrantLock());
        local.lock();
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "berth-lock-" + stripe(key) + ".lock");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            body.run();
        } catch (IOException e) {
            body.run(); // no lock file possible (read-only tmp): fall back to the engine's own duplicate check
        } finally {
            local.unlock();
        }
    }

    /**
     * One of {@value #STRIPES} lock files per key: a file per network would pile up in the temporary directory (it
     * cannot be deleted safely while others may wait on it); two keys sharing a file only wait for each other.
     */
    static int stripe(String key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }
}
