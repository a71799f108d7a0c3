package dev.berth.ui.stack;

import dev.berth.compose.model.Project;
import dev.berth.stack.StackPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * What the Swarm target's buttons and menu items do: the dialogs here (the deploy's preview with causes first, as
 * Up's; the replica count; the image; the removal's confirmation), the work in {@link StackViewModel}. Scale, image
 * and roll back act on the chosen service, or the stack's only one.
 */
public final class SwarmActions {
    /** How often the state is asked besides the events (tasks on other nodes send the manager none). */
    static final long POLL_MILLIS = 1000;
    private final StackViewModel vm;
    private final Supplier<Project> project;
    private final Supplier<Window> owner;

    public SwarmActions(StackViewModel vm, Supplier<Project> project, Supplier<Window> owner) {
        this.vm = vm;
        this.project = project;
        this.owner = owner;
    }

    public void deploy() {
        Project p = project.get();
        if (p == null) {
            vm.tell("Open a compose file to deploy it as a stack");
            return;
        }
        if (!p.name().equals(vm.namespace())) {
            vm.follow(p.name(), POLL_MILLIS);
        }
        vm.preview(p, plan -> {
            if (confirm(plan)) {
                vm.deploy(p, plan);
            }
        });
    }

    private boolean confirm(StackPlan plan) {
        List<String> lines = new ArrayList<>(plan.lines());
        plan.warnings().stream().distinct().map(w -> "warning: " + w.replace('\n', ' ').strip()).forEach(lines::add);
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.setId("stack-plan-preview");
        list.setPrefSize(720, Math.min(420, 40 + lines.size() * 28.0));
        Alert alert = alert("Deploy to the Swarm: preview", "Deploy stack " + plan.namespace() + " will do this:");
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("stack-plan-dialog");
        ButtonType run = new ButtonType("Deploy", ButtonType.OK.getButtonData());
        alert.getButtonTypes().setAll(run, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(run).setId("stack-deploy-confirm");
        return alert.showAndWait().filter(b -> b == run).isPresent();
    }

    public void scale() {
        service().ifPresent(s -> ask("Scale " + s, "Replicas of " + s + ":", "stack-scale-dialog", replicas(s))
                .ifPresent(text -> {
                    try {
                        vm.scale(s, Long.parseLong(text.strip()));
                    } catch (NumberFormatException e) {
                        vm.scale(s, -1); // the engine's view says why
                    }
                }));
    }

    public void image() {
        service().ifPresent(s -> ask("Update image of " + s, "New image for " + s + ":", "stack-image-dialog", image(s))
                .ifPresent(image -> vm.updateImage(s, image)));
    }

    public void rollback() {
        service().ifPresent(vm::rollback);
    }

    public void remove() {
        String ns = vm.namespace();
        if (ns == null) {
            return;
        }
        Alert alert = alert("Remove stack", "Remove the services, networks, secrets and configs of stack " + ns + "?");
        alert.getDialogPane().setId("stack-remove-dialog");
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            vm.remove();
        }
    }

    /** The chosen service, else the stack's only one. */
    private Optional<String> service() {
        String chosen = vm.selected().get();
        if (chosen != null) {
            return Optional.of(chosen);
        }
        var state = vm.state().get();
        if (state != null && state.services().size() == 1) {
            return Optional.of(state.services().getFirst().name());
        }
        vm.tell("Choose a service first: click its card");
        return Optional.empty();
    }

    private String replicas(String service) {
        return row(service).map(r -> String.valueOf(r.desired())).orElse("1");
    }

    private String image(String service) {
        return row(service).map(dev.berth.stack.StackViews.ServiceRow::image).orElse("");
    }

    private Optional<dev.berth.stack.StackViews.ServiceRow> row(String service) {
        var state = vm.state().get();
        return state == null ? Optional.empty() : state.services().stream().filter(r -> r.name().equals(service)).findFirst();
    }

    private Optional<String> ask(String title, String header, String id, String value) {
        TextInputDialog dialog = new TextInputDialog(value);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getEditor().setId(id + "-value");
        return dialog.showAndWait();
    }

    private Alert alert(String title, String header) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        return alert;
    }
}
