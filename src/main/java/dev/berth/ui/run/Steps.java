package dev.berth.ui.run;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.Operation;

/** A plan run one operation per click, counting as it goes so it can say "step 3 of 12". */
final class Steps {
    private final ComposeEngine.Steps steps;
    private final int total;
    private final java.util.List<String> commands;
    private int done;

    /** {@code commands}: the Docker command of each operation, in plan order (empty when the engine has none). */
    Steps(ComposeEngine.Steps steps, int total, java.util.List<String> commands) {
        this.steps = steps;
        this.total = total;
        this.commands = commands;
    }

    Operation next() {
        return steps.next();
    }

    String nextCommand() {
        return done < commands.size() ? commands.get(done) : "";
    }

    boolean done() {
        return steps.done();
    }

    String nextText() {
        Operation next = steps.next();
        return next == null ? "All steps done." : "Step " + (done + 1) + " of " + total + ": " + PlanText.plain(next);
    }

    void run() {
        steps.runNext();
        done++;
    }
}
