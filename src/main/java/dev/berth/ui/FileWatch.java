package dev.berth.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Watches the open compose and env files on a daemon thread and calls back once per burst of
 * changes (editors write a file in several steps), never on the UI thread.
 */
public final class FileWatch implements AutoCloseable {
    private static final long QUIET_MS = 300;
    private final Runnable onChange;
    private WatchService service;
    private Thread thread;
    private Set<Path> current = Set.of();

    public FileWatch(Runnable onChange) {
        this.onChange = onChange;
    }

    public synchronized void watch(Collection<Path> files) {
        Set<Path> watched = files.stream().map(f -> f.toAbsolutePath().normalize()).collect(Collectors.toSet());
        if (service != null && watched.equals(current)) {
            return; // a reload of the same files (a profile ticked): the watch already runs
        }
        close();
        current = watched;
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path dir : watched.stream().map(Path::getParent).filter(java.util.Objects::nonNull).collect(Collectors.toSet())) {
                dir.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            }
        } catch (IOException e) {
            System.getLogger("berth.ui").log(System.Logger.Level.WARNING, "cannot watch files: " + e.getMessage());
            return;
        }
        WatchService mine = service;
        thread = Thread.ofPlatform().daemon().name("berth-file-watch").start(() -> loop(mine, watched));
    }

    private void loop(WatchService ws, Set<Path> watched) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = changed(key, watched);
                // swallow the rest of the burst, then report once
                for (WatchKey more; (more = ws.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
                    ours |= changed(more, watched);
                }
                if (ours) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean changed(WatchKey key, Set<Path> watched) {
        Path dir = (Path) key.watchable();
        boolean ours = key.pollEvents().stream().anyMatch(ev -> ev.context() instanceof Path p
                && watched.contains(dir.resolve(p).toAbsolutePath().normalize()));
        key.reset();
        return ours;
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException ignored) {
                // closing is best effort: the thread ends on ClosedWatchServiceException
            }
            service = null;
        }
    }
}
