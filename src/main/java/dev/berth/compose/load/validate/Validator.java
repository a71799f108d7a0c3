package dev.berth.compose.load.validate;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a compose tree. {@link #schema} runs on each file as read (shape and types, in compose words);
 * {@link #consistency} runs on the merged, canonical project (references between its parts).
 */
public final class Validator {
    private Validator() {}

    public static void schema(Map<String, Object> fileTree, SourceMap sm, List<Problem> problems) {
        new SchemaCheck(sm, problems).file(fileTree);
    }

    /** Rules between fields, on a file's canonical tree. */
    public static void fieldRules(Map<String, Object> fileTree, SourceMap sm, List<Problem> problems) {
        new FieldRules(new Report(sm, problems)).file(fileTree);
    }

    /** Rules on the top-level definitions, used or not. */
    public static void definitions(Map<String, Object> projectTree, SourceMap sm, List<Problem> problems) {
        new ConsistencyCheck(sm, problems).secretSources(projectTree);
    }

    public static void consistency(Map<String, Object> projectTree, SourceMap sm, List<Problem> problems) {
        new ConsistencyCheck(sm, problems).project(projectTree);
    }
}
