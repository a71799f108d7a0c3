package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.Problem;
import dev.berth.compose.model.Location;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Underlines start at the problem's column and cover the word there. */
class ProblemMarksTest {
    private static Problem at(int line, int column) {
        return new Problem(new Location(Path.of("/p/compose.yaml"), line, column), "services.web", "bad", null);
    }

    @Test
    void aKeyIsMarkedWithoutItsColonAndAValueUpToTheNextSpace() {
        List<String> lines = List.of("services:", "  web:", "    imgae: nginx", "    ports: [\"x:y\"] # c");
        var marks = ProblemMarks.of(List.of(at(3, 5), at(4, 12)), lines);
        assertThat(marks).extracting(ProblemMarks.Mark::line, ProblemMarks.Mark::from, ProblemMarks.Mark::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, 4, 9), org.assertj.core.groups.Tuple.tuple(3, 11, 18));
        assertThat(ProblemMarks.at(marks, 2, 6).problem()).isEqualTo(at(3, 5));
        assertThat(ProblemMarks.at(marks, 2, 12)).isNull();
    }

    @Test
    void aColumnPastTheTextMarksTheLineAndALinePastTheEndMarksTheLastLine() {
        List<String> lines = List.of("services:", "  web:");
        var marks = ProblemMarks.of(List.of(at(2, 40), at(9, 1), at(0, 0)), lines);
        assertThat(marks).extracting(ProblemMarks.Mark::line, ProblemMarks.Mark::from, ProblemMarks.Mark::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2, 6), org.assertj.core.groups.Tuple.tuple(1, 0, 6),
                        org.assertj.core.groups.Tuple.tuple(0, 0, 8));
    }
}
