package dev.berth.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TasksTest {

    @Test
    void aOneShotProcessRunsTasksOnPlatformDaemonThreads() throws Exception {
        // Tasks.useVirtualThreads() is only called by the resident daemon, never in this test JVM.
        try (ExecutorService pool = Tasks.perTask()) {
            Future<Boolean> virtual = pool.submit(() -> Thread.currentThread().isVirtual());
            Future<Boolean> daemon = pool.submit(() -> Thread.currentThread().isDaemon());
            assertThat(virtual.get()).isFalse();
            assertThat(daemon.get()).isTrue();
        }
        Thread started = Tasks.start(() -> { });
        started.join();
        assertThat(started.isVirtual()).isFalse();
    }
}
