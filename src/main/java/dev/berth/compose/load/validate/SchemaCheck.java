package dev.berth.compose.load.validate;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import dev.berth.compose.load.validate.spec.Failure;
import dev.berth.compose.load.validate.spec.SpecCheck;
import java.util.List;
import java.util.Map;

/**
 * The shape of one file as compose reads it, after interpolation and merging with the files before it:
 * the Compose Specification's schema ({@link SpecCheck}), then the rules the reference checks on
 * top-level resources. Unknown names and enum values get a "did you mean" hint.
 */
final class SchemaCheck {
    private final Report report;

    SchemaCheck(SourceMap sm, List<Problem> problems) {
        this.report = new Report(sm, problems);
    }

    void file(Map<String, Object> tree) {
        for (Failure f : SpecCheck.file(tree)) {
            String hint = f.hint();
            if (hint == null && (f.kind() == Failure.Kind.UNKNOWN || f.kind() == Failure.Kind.ENUM)) {
                hint = Suggest.hint(f.word(), f.known());
            }
            report.add(f.path(), f.message(), hint);
        }
        Resources.check(tree, report);
    }
}
