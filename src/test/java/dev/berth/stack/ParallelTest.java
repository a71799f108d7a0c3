package dev.berth.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void answersComeInTheOrderGivenAndNoMoreThanTheLimitRunAtOnce() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Supplier<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            calls.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(20 - n);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                running.decrementAndGet();
                return n;
            });
        }
        assertThat(Parallel.all(calls, 3)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(most.get()).isBetween(2, 3);
    }

    @Test
    void aFailureIsRethrownAfterTheOthersEnded() {
        AtomicInteger done = new AtomicInteger();
        List<Supplier<Integer>> calls = List.of(() -> {
            throw new StackException("failed to create service s_a");
        }, () -> done.incrementAndGet(), () -> done.incrementAndGet());
        assertThatThrownBy(() -> Parallel.all(calls, 2)).hasMessage("failed to create service s_a");
        assertThat(done.get()).isEqualTo(2);
    }
}
