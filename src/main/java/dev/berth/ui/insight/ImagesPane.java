package dev.berth.ui.insight;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.ImageLayer;
import dev.berth.insight.advice.BuildFacts;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Per service its image's layers (size, age, what made it), and for a build its stages and context. */
public final class ImagesPane extends SplitPane {
    private final InsightViewModel vm;
    private final ListView<String> layers = new ListView<>();
    private final Label head = new Label("Choose a service.");
    private final Label build = new Label();

    public ImagesPane(InsightViewModel vm) {
        this.vm = vm;
        setId("images-pane");
        ListView<String> services = new ListView<>();
        services.setId("image-services");
        layers.setId("image-layers");
        layers.setStyle("-fx-font-family: monospace;");
        head.setStyle("-fx-font-weight: bold; -fx-font-size: 14;");
        build.setWrapText(true);
        build.setStyle("-fx-font-family: monospace;");
        vm.loadedProperty().addListener((o, a, r) -> services.getItems().setAll(r == null ? List.of()
                : new TreeMap<>(r.project().services()).keySet()));
        if (vm.loadedProperty().get() != null) {
            services.getItems().setAll(new TreeMap<>(vm.loadedProperty().get().project().services()).keySet());
        }
        services.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> show(s));
        VBox right = new VBox(8, head, build, layers);
        right.setStyle("-fx-padding: 8;");
        VBox.setVgrow(layers, Priority.ALWAYS);
        getItems().addAll(services, right);
        setDividerPositions(0.25);
    }

    private void show(String serviceName) {
        Project p = vm.loadedProperty().get() == null ? null : vm.loadedProperty().get().project();
        if (p == null || serviceName == null) {
            return;
        }
        Service s = p.services().get(serviceName);
        String image = s.imageName(p.name());
        BuildFacts facts = BuildFacts.of(s.build());
        build.setText(facts == null ? "" : "stages (▶ built):\n" + String.join("\n", facts.stages())
                + "\ncontext: " + ResourcesPane.bytes(facts.contextBytes()) + " before exclusions, "
                + (facts.dockerignore() ? "with" : "no") + " .dockerignore");
        vm.layers(image, found -> {
            long total = found.stream().mapToLong(ImageLayer::sizeBytes).sum();
            head.setText(image + ": " + found.size() + " layers, " + ResourcesPane.bytes(total));
            long now = System.currentTimeMillis() / 1000;
            layers.getItems().setAll(found.stream().map(l -> String.format(Locale.ROOT, "%10s  %8s  %s",
                    ResourcesPane.bytes(l.sizeBytes()), age(now - l.createdEpochSeconds()),
                    l.createdBy().replace("/bin/sh -c #(nop) ", "").strip())).toList());
        });
    }

    static String age(long seconds) {
        return seconds < 3600 ? seconds / 60 + " min" : seconds < 86_400 ? seconds / 3600 + " h" : seconds / 86_400 + " d";
    }
}
