package dev.berth.ui.run;

import dev.berth.engine.ComposeEngine;
import dev.berth.engine.Operation;

/** A plan run one operation per click, counting as it goes so it can say "step 3 of 12". */
final class Steps {
    private final ComposeEngine.Steps steps;
    private final int total;
    private int done;

    Steps(ComposeEngine.Steps steps, int total) {
        this.steps = steps;
        this.total = total;
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
