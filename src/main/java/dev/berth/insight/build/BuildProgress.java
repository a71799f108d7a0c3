package dev.berth.insight.build;

import java.util.List;

/**
 * Where one service's image build is: the step in progress of how many ({@code 0/0} before the first step), the
 * instruction, the stage it belongs to (its {@code AS} name, else {@code stage N}), whether it ended, and its output.
 */
public record BuildProgress(String serviceName, String imageName, int step, int total, String instruction, String stage,
                            State state, List<String> output) {
    public enum State { BUILDING, BUILT, FAILED }

    public BuildProgress {
        output = List.copyOf(output);
    }

    /** Share of steps begun, 0 to 1 (a step counts once begun: the bar moves when the engine starts it). */
    public double share() {
        return state == State.BUILT ? 1 : total == 0 ? 0 : (double) step / total;
    }

    /** "Step 3/7 · builder · RUN make", or the state when no step was seen. */
    public String headline() {
        String where = total == 0 ? "" : "Step " + step + "/" + total + " · " + stage + " · " + instruction;
        return switch (state) {
            case BUILT -> "built" + (total == 0 ? "" : " (" + total + " steps)");
            case FAILED -> "failed" + (where.isEmpty() ? "" : " at " + where);
            case BUILDING -> where.isEmpty() ? "sending the build context" : where;
        };
    }
}
