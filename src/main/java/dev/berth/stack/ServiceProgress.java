package dev.berth.stack;

/**
 * One service while a deploy converges: tasks running of those wanted, the update's state (updating, completed,
 * rollback_started, rollback_completed, paused, or empty), and the latest task error, if any.
 */
public record ServiceProgress(String name, int running, int desired, String updateState, String error, boolean converged) {
    public String line() {
        String state = converged ? "converged" : updateState.isEmpty() ? "" : updateState;
        return name + ": " + running + "/" + desired + " running" + (state.isEmpty() ? "" : ", " + state)
                + (error.isEmpty() || converged ? "" : " (" + error + ")");
    }
}
