package dev.berth.ui.problems;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.Problem;
import dev.berth.compose.model.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemsViewModelTest {
    @Test
    void aProblemReadsAsFileLineColumnPathAndMessageWithItsHint() {
        Problem p = new Problem(new Location(Path.of("/x/compose.yaml"), 7, 5), "services.web", "unknown attribute 'imgae'",
                "did you mean 'image'?");
        assertThat(ProblemsViewModel.headline(p)).isEqualTo("compose.yaml:7:5: services.web: unknown attribute 'imgae'");
        assertThat(ProblemsViewModel.hint(p)).isEqualTo("hint: did you mean 'image'?");
    }

    @Test
    void openingAProblemReadsItsFileAtTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("compose.yaml");
        Files.writeString(file, "services:\n  web:\n    imgae: x\n");
        ProblemsViewModel vm = new ProblemsViewModel(FXCollections.observableArrayList());
        vm.open(new Problem(new Location(file, 3, 5), "services.web", "unknown attribute 'imgae'", null));
        assertThat(vm.sourceProperty().get().lines()).hasSize(3);
        assertThat(vm.sourceProperty().get().line()).isEqualTo(3);
        vm.open(new Problem(null, "", "empty compose file", null));
        assertThat(vm.sourceProperty().get()).isNull();
    }
}
