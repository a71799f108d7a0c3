package dev.berth.stack;

import dev.berth.engine.Tasks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** Runs engine calls at once, at most {@code limit} at a time; answers in the order given, the first failure rethrown. */
final class Parallel {
    private Parallel() {}

    static <T> List<T> all(List<Supplier<T>> calls, int limit) {
        if (calls.size() <= 1) {
            return calls.stream().map(Supplier::get).toList();
        }
        Semaphore slots = new Semaphore(limit);
        List<Future<T>> futures = new ArrayList<>();
        try (ExecutorService pool = Tasks.perTask()) {
            for (Supplier<T> call : calls) {
                futures.add(pool.submit(() -> {
                    slots.acquire();
                    try {
                        return call.get();
                    } finally {
                        slots.release();
                    }
                }));
            }
        }
        List<T> out = new ArrayList<>();
        for (Future<T> f : futures) {
            out.add(result(f));
        }
        return out;
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
