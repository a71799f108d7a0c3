package dev.berth.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Task rows as `docker stack ps` orders them: per slot the newest task first, the older ones history. */
class StackRowsTest {
    private static Doc task(String id, String created, String state) {
        return new Doc(Map.of("ID", id, "ServiceID", "s1", "Slot", 1, "NodeID", "n1", "CreatedAt", created,
                "DesiredState", state.equals("running") ? "running" : "shutdown",
                "Status", Map.of("State", state, "Timestamp", created),
                "Spec", Map.of("ContainerSpec", Map.of("Image", "berth/busybox:latest@sha256:abc"))));
    }

    @Test
    void theNewestTaskOfASlotIsCurrentWhateverOrderTheEngineListsThemIn() {
        List<Doc> services = List.of(new Doc(Map.of("ID", "s1", "Spec", Map.of("Name", "st_web"))));
        Doc old = task("old", "2026-12-05T05:00:01.5Z", "shutdown");
        Doc fresh = task("new", "2026-12-05T05:00:01.123456789Z", "running");
        Doc fresher = task("newer", "2026-12-05T05:00:09Z", "running");

        for (List<Doc> listed : List.of(List.of(old, fresher, fresh), List.of(fresh, old, fresher))) {
            List<StackViews.TaskRow> rows = StackRows.tasks(services, listed, List.of());
            assertThat(rows).extracting(StackViews.TaskRow::id).containsExactly("newer", "old", "new");
            assertThat(rows).extracting(StackViews.TaskRow::history).containsExactly(false, true, true);
            assertThat(rows.getFirst().image()).isEqualTo("berth/busybox:latest");
        }
    }

    @Test
    void aSlotsCurrentTaskIsTheNewestTheSwarmWantsRunningElseTheNewest() {
        List<Doc> services = List.of(new Doc(Map.of("ID", "s1", "Spec", Map.of("Name", "st_web"))));
        // a start-first update rolled back before it finished: its new task shut down, the older one runs on
        Doc kept = task("kept", "2026-12-05T05:00:01Z", "running");
        Doc rolledBack = task("rolled-back", "2026-12-05T05:00:05Z", "shutdown");
        assertThat(current(services, List.of(rolledBack, kept))).containsExactly("kept");
        // a start-first update under way: the new task starting beside the old, both wanted running
        Doc starting = new Doc(Map.of("ID", "starting", "ServiceID", "s1", "Slot", 1, "NodeID", "n1",
                "CreatedAt", "2026-12-05T05:00:09Z", "DesiredState", "running",
                "Status", Map.of("State", "starting", "Timestamp", "2026-12-05T05:00:09Z"),
                "Spec", Map.of("ContainerSpec", Map.of("Image", "berth/busybox:v2"))));
        assertThat(current(services, List.of(kept, starting, rolledBack))).containsExactly("starting");
        // a slot with no task wanted any more shows its newest
        Doc earlier = task("earlier", "2026-12-05T05:00:00Z", "shutdown");
        assertThat(current(services, List.of(earlier, rolledBack))).containsExactly("rolled-back");
    }

    private static List<String> current(List<Doc> services, List<Doc> tasks) {
        return new StackViews.StackState("st", List.of(), StackRows.tasks(services, tasks, List.of()), List.of()).current()
                .stream().map(StackViews.TaskRow::id).toList();
    }
}
