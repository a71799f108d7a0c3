package dev.berth.cli.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Which lines a live frame keeps when there are more than the terminal has rows: the cursor cannot move
 * above the screen's top, so an oversized frame would smear. Work in progress first, then the latest done.
 */
final class Fitting {
    private Fitting() {}

    static List<Task> fit(List<Task> tasks, int rows) {
        if (tasks.size() <= rows + 1) {
            return tasks;
        }
        int budget = Math.max(1, rows);
        boolean[] keep = new boolean[tasks.size()];
        int kept = 0;
        for (int i = 0; i < tasks.size() && kept < budget; i++) {
            Task t = tasks.get(i);
            if (t.working() || t.status() == Task.Status.ERROR) {
                keep[i] = true;
                kept++;
            }
        }
        for (int i = tasks.size() - 1; i >= 0 && kept < budget; i--) {
            if (!keep[i]) {
                keep[i] = true;
                kept++;
            }
        }
        List<Task> out = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (keep[i]) {
                out.add(tasks.get(i));
            }
        }
        return out;
    }
}
