package dev.berth.compose.load;

import java.util.List;

/** The loader's only failure: every problem of the pass, sorted. */
public final class LoadException extends Exception {
    private final transient List<Problem> problems;

    public LoadException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid compose project" : problems.getFirst().message());
        this.problems = problems.stream().sorted().toList();
    }

    public LoadException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
