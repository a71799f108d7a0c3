package dev.berth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.stack.StackViews.TaskRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskFilterTest {
    private static final List<TaskRow> TASKS = List.of(task("a1", "s_web.1", "node-1", "running"),
            task("b2", "s_web.1", "node-2", "shutdown"), task("c3", "s_db.1", "node-2", "running"));

    private static TaskRow task(String id, String name, String node, String desired) {
        return new TaskRow(id, name, "img", node, desired, desired, null, "", "", false);
    }

    private static List<String> ids(String... filters) {
        return TASKS.stream().filter(TaskFilter.of(List.of(filters))).map(TaskRow::id).toList();
    }

    @Test
    void valuesOfOneKeyAreAlternativesAndKeysMustAllHold() {
        assertThat(ids()).containsExactly("a1", "b2", "c3");
        assertThat(ids("desired-state=running")).containsExactly("a1", "c3");
        assertThat(ids("desired-state=running", "node=node-2")).containsExactly("c3");
        assertThat(ids("node=node-1", "node=node-2", "name=s_web")).containsExactly("a1", "b2");
        assertThat(ids("id=b")).containsExactly("b2");
    }

    @Test
    void anUnknownKeyOrStateIsRefusedAsTheDockerCliDoes() {
        assertThatThrownBy(() -> TaskFilter.of(List.of("bogus=1"))).hasMessage("invalid filter 'bogus'");
        assertThatThrownBy(() -> TaskFilter.of(List.of("desired-state=up"))).hasMessage("invalid filter 'desired-state=up'");
        assertThatThrownBy(() -> TaskFilter.of(List.of("node"))).hasMessageContaining("expected name=value");
    }
}
