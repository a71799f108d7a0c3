package dev.berth.ui.run;

import dev.berth.graph.EdgeKind;
import dev.berth.graph.WaitReason;
import dev.berth.ui.topology.ServiceStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Says in plain words what a waiting service waits for, when the engine gave no reason itself:
 * "waiting for db: healthy (db is starting, last output: connection refused)".
 */
final class WhyWaiting {
    private WhyWaiting() {}

    static String describe(WaitReason reason, Function<String, ServiceStatus> status, Map<String, String> lastHealthOutput) {
        List<String> parts = new ArrayList<>();
        for (WaitReason.Blocker b : reason.blockers()) {
            String dep = b.edge().to();
            String what = b.edge().kind() == EdgeKind.DEPENDS_ON
                    ? b.edge().condition().composeName().substring("service_".length()).replace("_successfully", "")
                    : b.edge().kind().composeName();
            String part = dep + ": " + what + " (" + dep + " is " + status.apply(dep).text();
            String out = lastHealthOutput.get(dep);
            if (out != null && !out.isBlank()) {
                part += ", last output: " + out.strip();
            }
            parts.add(part + ")");
        }
        String verb = reason.blockedForGood() ? "cannot start, waiting for " : "waiting for ";
        return verb + String.join("; ", parts);
    }
}
