package dev.berth.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The calls made to a {@link FakeGateway}: recorded by name ({@code "start p-web-1"}), made to fail or to wait on
 * request, and the most of them in flight at once.
 */
final class FakeCalls {
    private final List<String> made = new ArrayList<>();
    private final Map<String, EngineException> failures = new HashMap<>();
    private final Map<String, CountDownLatch> holds = new HashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    synchronized void failOn(String call, EngineException failure) {
        failures.put(call, failure);
    }

    synchronized CountDownLatch hold(String call) {
        return holds.computeIfAbsent(call, k -> new CountDownLatch(1));
    }

    synchronized List<String> made() {
        return List.copyOf(made);
    }

    int mostInFlight() {
        return mostInFlight.get();
    }

    /** Blocks until a call named {@code call} was made, for at most five seconds; true when it was. */
    synchronized boolean await(String call) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!made.contains(call)) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** Records the call, waits if it is held, throws if it is to fail, else answers with {@code body}. */
    <T> T answer(String call, Supplier<T> body) {
        CountDownLatch hold;
        EngineException failure;
        synchronized (this) {
            // counted in flight before a waiter hears of the call: it may read mostInFlight at once
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            made.add(call);
            notifyAll();
            hold = holds.get(call);
            failure = failures.remove(call);
        }
        try {
            if (hold != null) {
                awaitRelease(call, hold);
            }
            if (failure != null) {
                throw failure;
            }
            return body.get();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void awaitRelease(String call, CountDownLatch hold) {
        try {
            if (!hold.await(10, TimeUnit.SECONDS)) {
                throw new EngineException(EngineException.Reason.TIMEOUT, call + ": held too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException(EngineException.Reason.ENGINE_ERROR, call + ": interrupted");
        }
    }
}
