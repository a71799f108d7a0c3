package dev.berth.ui.run;

import dev.berth.compose.model.DependsOn;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.Operation;
import dev.berth.ui.topology.ServiceText;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What teaching mode says: a one-line caption of what happens now ("Starting api: db is healthy"),
 * and in step mode the Docker command of the next step with one sentence on why it comes now.
 */
public final class Teaching {
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper command = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");

    /** An operation began: the caption says it in a few words. */
    void started(Operation op, Project project) {
        caption.set(caption(op, project));
    }

    void showStep(Operation next, String dockerCommand, Project project) {
        command.set(next == null ? "" : dockerCommand);
        why.set(next == null ? "All steps done." : why(next, project));
        caption.set(next == null ? "All steps done" : "Next: " + caption(next, project));
    }

    void endSteps() {
        command.set("");
        why.set("");
    }

    static String caption(Operation op, Project project) {
        return switch (op) {
            case Operation.StartContainer s -> "Starting " + s.serviceName() + gates(project, s.serviceName(), ": ");
            case Operation.CreateContainer c -> "Creating " + c.serviceName() + " (container " + c.resourceId() + ")";
            case Operation.CreateNetwork n -> "Creating network " + n.resourceId();
            case Operation.CreateVolume v -> "Creating volume " + v.resourceId();
            case Operation.PullImage p -> "Pulling " + p.resourceId() + " for " + p.serviceName();
            case Operation.BuildImage b -> "Building " + b.resourceId() + " for " + b.serviceName();
            case Operation.AwaitDependencies a -> a.serviceName() + " waits until " + conditions(a.dependsOn());
            case Operation.StopContainer s -> "Stopping " + s.resourceId();
            case Operation.RemoveContainer r -> "Removing " + r.resourceId();
            case Operation.RemoveNetwork n -> "Removing network " + n.resourceId();
            case Operation.RemoveVolume v -> "Removing volume " + v.resourceId();
            default -> PlanText.plain(op);
        };
    }

    /** One sentence: why this step comes now, its cause and the gate that opened for it. */
    static String why(Operation op, Project project) {
        String cause = op.cause() == null || op.cause().isBlank() ? "" : " (" + op.cause() + ")";
        return switch (op) {
            case Operation.CreateNetwork n -> "Networks come first: containers join them as they are created" + cause + ".";
            case Operation.CreateVolume v -> "Volumes come first: containers mount them as they are created" + cause + ".";
            case Operation.PullImage _, Operation.BuildImage _ -> "A container is made from an image, so the image must be here first" + cause + ".";
            case Operation.CreateContainer c -> "Compose creates " + c.serviceName() + "'s container before starting it" + cause + ".";
            case Operation.AwaitDependencies a -> a.serviceName() + " may not start yet: its depends_on says "
                    + conditions(a.dependsOn()) + ".";
            case Operation.StartContainer s -> {
                String gates = gates(project, s.serviceName(), "");
                yield gates.isEmpty() ? s.serviceName() + " depends on nothing, so it starts as soon as it exists" + cause + "."
                        : "The gate opened: " + gates + ", so " + s.serviceName() + " starts now" + cause + ".";
            }
            default -> PlanText.plain(op);
        };
    }

    private static String gates(Project project, String serviceName, String prefix) {
        Service s = project == null ? null : project.services().get(serviceName);
        if (s == null || s.dependsOn().isEmpty()) {
            return "";
        }
        return prefix + String.join(" and ", s.dependsOn().values().stream()
                .sorted(java.util.Comparator.comparing(DependsOn::serviceName)).map(Teaching::met).toList());
    }

    private static String met(DependsOn d) {
        return d.serviceName() + switch (d.condition()) {
            case SERVICE_HEALTHY -> " is healthy";
            case SERVICE_STARTED -> " has started";
            case SERVICE_COMPLETED_SUCCESSFULLY -> " completed successfully";
        };
    }

    private static String conditions(List<DependsOn> deps) {
        return String.join(" and ", deps.stream().map(d -> d.serviceName() + " is "
                + ServiceText.conditionWord(d.condition())).toList());
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commandProperty() {
        return command.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }
}
