package dev.berth.ui.run;

import dev.berth.engine.Operation;
import dev.berth.engine.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan in the words of the preview: per service create, recreate, start, keep or remove, each
 * with its cause; networks and volumes to create or remove; and single operations in plain words
 * for step mode.
 */
public final class PlanText {
    private PlanText() {}

    public static List<String> summary(Plan plan) {
        List<String> lines = new ArrayList<>();
        plan.setup().forEach(op -> lines.add(op.toString()));
        for (Map.Entry<String, List<Operation>> lane : plan.lanes().entrySet()) {
            lines.add(laneLine(lane.getKey(), lane.getValue()));
        }
        plan.teardown().forEach(op -> lines.add(op.toString()));
        plan.warnings().forEach(w -> lines.add("warning: " + w));
        return lines;
    }

    static String laneLine(String service, List<Operation> ops) {
        boolean create = ops.stream().anyMatch(o -> o instanceof Operation.CreateContainer);
        boolean remove = ops.stream().anyMatch(o -> o instanceof Operation.RemoveContainer);
        boolean start = ops.stream().anyMatch(o -> o instanceof Operation.StartContainer);
        boolean stop = ops.stream().anyMatch(o -> o instanceof Operation.StopContainer);
        boolean restart = ops.stream().anyMatch(o -> o instanceof Operation.RestartContainer);
        String verb = create && remove ? "recreate" : create ? "create" : remove ? "remove"
                : restart ? "restart" : start ? "start" : stop ? "stop" : "keep";
        String cause = ops.stream().filter(o -> !(o instanceof Operation.AwaitDependencies)
                        && !(o instanceof Operation.AwaitServicesDone) && !(o instanceof Operation.AwaitReady)
                        && !(o instanceof Operation.AwaitCreated))
                .map(Operation::cause).filter(c -> c != null && !c.isBlank()).findFirst().orElse("up to date");
        return verb + " " + service + " (" + cause + ")";
    }

    /** One operation as a sentence, for step mode: what it does and why. */
    public static String plain(Operation op) {
        String what = switch (op) {
            case Operation.CreateNetwork o -> "Create network " + o.resourceId();
            case Operation.RemoveNetwork o -> "Remove network " + o.resourceId();
            case Operation.CreateVolume o -> "Create volume " + o.resourceId();
            case Operation.RemoveVolume o -> "Remove volume " + o.resourceId();
            case Operation.BuildImage o -> "Build image " + o.resourceId() + " for " + o.serviceName();
            case Operation.PullImage o -> "Pull image " + o.resourceId() + " for " + o.serviceName();
            case Operation.RemoveImage o -> "Remove image " + o.resourceId();
            case Operation.CreateContainer o -> "Create container " + o.resourceId() + " for " + o.serviceName();
            case Operation.StartContainer o -> "Start container " + o.resourceId();
            case Operation.StopContainer o -> "Stop container " + o.resourceId();
            case Operation.RestartContainer o -> "Restart container " + o.resourceId();
            case Operation.RemoveContainer o -> "Remove container " + o.resourceId();
            case Operation.AwaitDependencies o -> "Wait before starting " + o.serviceName() + " until "
                    + String.join(" and ", o.dependsOn().stream().map(d -> d.serviceName() + " is "
                    + dev.berth.ui.topology.ServiceText.conditionWord(d.condition())).toList());
            case Operation.AwaitServicesDone o -> "Wait until " + String.join(", ", o.serviceNames())
                    + " stopped before " + o.serviceName();
            case Operation.AwaitCreated o -> "Wait until " + String.join(", ", o.serviceNames())
                    + " are created before creating " + o.serviceName();
            case Operation.AwaitReady o -> "Wait until " + o.serviceName() + " is ready";
        };
        return op.cause() == null || op.cause().isBlank() ? what + "." : what + ", because " + op.cause() + ".";
    }
}
