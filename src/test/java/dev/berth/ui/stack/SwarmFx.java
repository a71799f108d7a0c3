package dev.berth.ui.stack;

import dev.berth.stack.StackOutput;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** What the window tests on the test swarm share: task chips, a silent output, waiting, running a script. */
public final class SwarmFx {
    private SwarmFx() {}

    /** The texts of the task chips on screen ("name state"), read on the UI thread. */
    public static List<String> chips(FxRobot robot) {
        return dev.berth.ui.FxHarness.read(() -> robot.lookup(".task-chip").queryAllAs(Label.class).stream().map(Label::getText).toList());
    }

    public static StackOutput quiet() {
        return new StackOutput() {
            public void out(String line) { }

            public void err(String line) { }
        };
    }

    /** Polls the swarm's state until {@code check} holds; a timeout fails with {@code failure}. */
    public static void eventually(BooleanSupplier check, String failure, Duration timeout) throws InterruptedException {
        eventually(check, () -> failure, timeout);
    }

    /** The same, with the failure's message made at the timeout: what is shown then, not when the wait began. */
    public static void eventually(BooleanSupplier check, java.util.function.Supplier<String> failure, Duration timeout)
            throws InterruptedException {
        Instant end = Instant.now().plus(timeout);
        while (!check.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError(failure.get() + "\n" + berthThreads());
            }
            Thread.sleep(100);
        }
    }

    /** Where Berth's own threads stand, for a timeout's message: what the window was waiting on. */
    static String berthThreads() {
        StringBuilder out = new StringBuilder("Berth's threads at the timeout:");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (java.util.Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("dev.berth.")
                    && !f.getClassName().startsWith("dev.berth.ui.stack.SwarmFx"))) {
                out.append("\n\"").append(thread.getName()).append("\" ").append(thread.getState());
                java.util.Arrays.stream(stack).limit(25).forEach(f -> out.append("\n    at ").append(f));
            }
        });
        return out.toString();
    }

    /** A command's output; a non-zero exit fails with it. */
    public static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
        }
        return out;
    }
}
