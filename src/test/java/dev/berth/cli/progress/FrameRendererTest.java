package dev.berth.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EngineEvent.ImageProgress;
import dev.berth.engine.EngineEvent.Kind;
import dev.berth.engine.EngineEvent.Phase;
import dev.berth.engine.EngineEvent.ResourceChanged;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameRendererTest {
    private static final long MS = 1_000_000L;
    private final ProgressBoard board = new ProgressBoard();
    private final FrameRenderer renderer = new FrameRenderer("Running", false);

    private void at(long millis, Kind kind, String name, String service, Phase phase) {
        board.apply(new ResourceChanged(kind, name, service, phase, null, null), millis * MS);
    }

    private List<String> frame(long millis, int width, boolean last) {
        return renderer.frame(board.tasks(), millis * MS, width, 40, last);
    }

    @Test
    void linesKeepTheOrderOfTheirFirstEventAndTheTimeIsFlushRight() {
        at(0, Kind.NETWORK, "x_default", null, Phase.CREATING);
        at(100, Kind.NETWORK, "x_default", null, Phase.CREATED);
        at(100, Kind.CONTAINER, "x-web-1", "web", Phase.CREATING);
        at(120, Kind.CONTAINER, "x-db-1", "db", Phase.CREATING);
        at(200, Kind.CONTAINER, "x-db-1", "db", Phase.CREATED);

        assertThat(frame(500, 60, false)).containsExactly(
                "[+] Running 2/3",
                " ✔ Network x_default  Created                          0.1s ",
                " ⠼ Container x-web-1  Creating                         0.4s ",
                " ✔ Container x-db-1   Created                          0.1s ");
        assertThat(frame(500, 60, false).subList(1, 4)).allMatch(l -> l.length() == 60);
    }

    @Test
    void aLineThatWorksAgainRestartsItsClockFromTheFirstEvent() {
        at(0, Kind.CONTAINER, "x-web-1", "web", Phase.CREATED);
        at(2000, Kind.CONTAINER, "x-web-1", "web", Phase.STARTING);
        assertThat(frame(2345, 40, false).get(1)).isEqualTo(" ⠸ Container x-web-1  Starting     2.3s ");
        at(2400, Kind.CONTAINER, "x-web-1", "web", Phase.STARTED);
        assertThat(frame(9000, 40, true).get(1)).isEqualTo(" ✔ Container x-web-1  Started      2.4s ");
    }

    @Test
    void elapsedHasOneDecimalWhateverTheLocale() {
        assertThat(FrameRenderer.elapsed(0)).isEqualTo("0.0s");
        assertThat(FrameRenderer.elapsed(449 * MS)).isEqualTo("0.4s");
        assertThat(FrameRenderer.elapsed(10_350 * MS)).isEqualTo("10.4s");
        assertThat(FrameRenderer.elapsed(-5)).isEqualTo("0.0s");
    }

    @Test
    void serviceLevelWaitingAndErrorLandOnThatServicesLines() {
        at(0, Kind.CONTAINER, "x-web-1", "web", Phase.CREATED);
        board.apply(new ResourceChanged(Kind.CONTAINER, "web", "web", Phase.WAITING, "waiting for db to be healthy",
                null), 0);
        assertThat(frame(0, 60, false)).containsExactly("[+] Running 0/1",
                " ⠋ Container x-web-1  Waiting for db to be healthy     0.0s ");
        board.apply(new ResourceChanged(Kind.CONTAINER, "web", "web", Phase.ERROR, "dependency failed", null),
                300 * MS);
        assertThat(frame(900, 60, true)).containsExactly("[+] Running 1/1",
                " ✘ Container x-web-1  Error dependency failed" + " ".repeat(10) + "0.3s ");
    }

    @Test
    void aServiceWaitingBeforeItsContainerHasALineHandsThatLineToTheContainer() {
        at(0, Kind.CONTAINER, "x-db-1", "db", Phase.STARTING);
        board.apply(new ResourceChanged(Kind.CONTAINER, "web", "web", Phase.WAITING, "waiting for db to be healthy",
                null), 100 * MS);
        assertThat(frame(200, 60, false).get(2)).startsWith(" ⠙ Container web     Waiting for db");
        at(900, Kind.CONTAINER, "x-web-1", "web", Phase.STARTING);
        at(1000, Kind.CONTAINER, "x-db-1", "db", Phase.HEALTHY);
        at(1200, Kind.CONTAINER, "x-web-1", "web", Phase.STARTED);
        assertThat(frame(2000, 40, true)).containsExactly("[+] Running 2/2",
                " ✔ Container x-db-1   Healthy      1.0s ",
                " ✔ Container x-web-1  Started      1.1s ");
    }

    @Test
    void imagesGoByServiceNameAndShowTheirLatestOutputWhileWorking() {
        at(0, Kind.IMAGE, "x-app", "app", Phase.BUILDING);
        board.apply(new ImageProgress("app", "x-app", "Step 2/3 : RUN make\n", null, null), 50 * MS);
        assertThat(frame(100, 50, false).get(1)).isEqualTo(" ⠙ app  Building Step 2/3 : RUN make         0.1s ");
        at(700, Kind.IMAGE, "x-app", "app", Phase.BUILT);
        assertThat(frame(800, 50, true).get(1)).isEqualTo(" ✔ app  Built                                0.7s ");
    }

    @Test
    void longDetailsAreCutSoNoLineWraps() {
        board.apply(new ResourceChanged(Kind.CONTAINER, "x-web-1", "web", Phase.ERROR, "x".repeat(200), null), 0);
        String line = frame(0, 50, true).get(1);
        assertThat(line).hasSize(50).endsWith("... 0.0s ");
    }

    @Test
    void headerCountsLinesNotWorkingAndTurnsBlueOnlyWhenAllAreDoneAtTheEnd() {
        FrameRenderer coloured = new FrameRenderer("Stopping", true);
        at(0, Kind.CONTAINER, "x-a-1", "a", Phase.STOPPING);
        at(0, Kind.CONTAINER, "x-b-1", "b", Phase.STOPPED);
        assertThat(coloured.frame(board.tasks(), 0, 40, 40, true).getFirst()).isEqualTo("[+] Stopping 1/2");
        at(0, Kind.CONTAINER, "x-a-1", "a", Phase.STOPPED);
        List<String> last = coloured.frame(board.tasks(), 0, 40, 40, true);
        assertThat(last.getFirst()).isEqualTo("\u001b[34m[+] Stopping 2/2\u001b[0m");
        assertThat(last.get(1)).isEqualTo(" \u001b[32m✔\u001b[0m Container x-a-1  \u001b[32mStopped\u001b[0m"
                + " ".repeat(8) + "\u001b[34m0.0s \u001b[0m");
    }

    @Test
    void aLiveFrameTallerThanTheTerminalKeepsWorkInProgressAndTheLatestLines() {
        for (int i = 0; i < 30; i++) {
            at(0, Kind.CONTAINER, "x-s" + i + "-1", "s" + i, i == 3 ? Phase.STARTING : Phase.STARTED);
        }
        List<String> live = renderer.frame(board.tasks(), 0, 40, 10, false);
        assertThat(live).hasSize(9);
        assertThat(live.get(1)).contains("x-s3-1", "Starting");
        assertThat(live.subList(2, 8)).allMatch(l -> l.contains("Started"));
        assertThat(live.get(7)).contains("x-s29-1");
        assertThat(live.get(8)).isEqualTo(" … 23 more");
        assertThat(renderer.frame(board.tasks(), 0, 40, 10, true)).hasSize(31);
    }
}
