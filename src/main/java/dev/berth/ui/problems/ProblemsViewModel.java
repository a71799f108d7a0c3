package dev.berth.ui.problems;

import dev.berth.compose.load.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems of the last failed load as lines a person reads ({@code compose.yaml:7:5: path:
 * message}, then the hint), and the source text of the one they chose with its line marked.
 */
public final class ProblemsViewModel {
    /** A source file opened at a line; {@code lines} is empty when the file cannot be read. */
    public record SourceView(Path file, List<String> lines, int line, int column) {}

    private final ObservableList<Problem> problems;
    private final ObservableList<Problem> problemsView;
    private final ReadOnlyObjectWrapper<SourceView> source = new ReadOnlyObjectWrapper<>();

    public ProblemsViewModel(ObservableList<Problem> problems) {
        this.problems = problems;
        this.problemsView = FXCollections.unmodifiableObservableList(problems);
    }

    public ObservableList<Problem> problems() {
        return problemsView;
    }

    public static String headline(Problem p) {
        StringBuilder b = new StringBuilder();
        if (p.location() != null) {
            b.append(p.location()).append(": ");
        }
        if (p.path() != null && !p.path().isEmpty()) {
            b.append(p.path()).append(": ");
        }
        return b.append(p.message()).toString();
    }

    public static String hint(Problem p) {
        return p.hint() == null ? "" : "hint: " + p.hint();
    }

    /** Opens the problem's file at its line; problems without a file open nothing. */
    public void open(Problem p) {
        if (p == null || p.location() == null || p.location().file() == null) {
            source.set(null);
            return;
        }
        Path file = p.location().file();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException | RuntimeException e) {
            lines = List.of();
        }
        source.set(new SourceView(file, lines, p.location().line(), p.location().column()));
    }

    public ReadOnlyObjectProperty<SourceView> sourceProperty() {
        return source.getReadOnlyProperty();
    }
}
