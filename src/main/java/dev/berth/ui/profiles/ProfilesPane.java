package dev.berth.ui.profiles;

import dev.berth.ui.ProjectViewModel;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;

/**
 * Profiles as checkboxes. Ticking one reloads the project with it at once; the line under the list
 * shows the command that does the same from a terminal.
 */
public final class ProfilesPane extends VBox {
    private final CheckListView<String> list = new CheckListView<>();
    private final ProjectViewModel project;
    private boolean syncing;

    public ProfilesPane(ProjectViewModel project) {
        super(8);
        this.project = project;
        getStyleClass().add("profiles-pane");
        setId("profiles");
        Label title = new Label("Profiles");
        title.getStyleClass().add("pane-title");
        list.setId("profile-list");
        list.setPrefHeight(160);
        Label none = new Label("No profiles in this project");
        none.getStyleClass().add("muted");
        list.setPlaceholder(none);
        Label cli = new Label();
        cli.setId("cli-line");
        cli.getStyleClass().add("cli-line");
        cli.setWrapText(true);
        cli.textProperty().bind(project.cliLineProperty());
        getChildren().addAll(title, list, new Label("Same from a terminal:"), cli);
        project.profiles().addListener((ListChangeListener<String>) c -> sync());
        project.requestProperty().addListener((o, a, b) -> sync());
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) this::ticked);
        sync();
    }

    private void ticked(ListChangeListener.Change<? extends String> change) {
        if (syncing) {
            return;
        }
        while (change.next()) {
            change.getAddedSubList().forEach(p -> project.setProfile(p, true));
            change.getRemoved().forEach(p -> project.setProfile(p, false));
        }
    }

    /** Shows the view model's profiles and ticks without echoing them back as clicks. */
    private void sync() {
        syncing = true;
        try {
            if (!list.getItems().equals(project.profiles())) {
                list.getItems().setAll(project.profiles());
            }
            var active = project.requestProperty().get().profiles();
            for (String p : list.getItems()) {
                if (active.contains(p) != list.getCheckModel().isChecked(p)) {
                    if (active.contains(p)) {
                        list.getCheckModel().check(p);
                    } else {
                        list.getCheckModel().clearCheck(p);
                    }
                }
            }
        } finally {
            syncing = false;
        }
    }
}
