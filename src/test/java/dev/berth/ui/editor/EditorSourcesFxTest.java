package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The .env file and the files a compose file includes open in tabs of their own, checked as they are typed. */
@ExtendWith(ApplicationExtension.class)
class EditorSourcesFxTest {
    private static final String COMPOSE = """
            include:
              - parts/more.yaml
            services:
              web:
                image: berth/busybox:${TAG:?set TAG in .env}
              tools:
                image: berth/busybox:latest
                profiles: [tools]
            """;
    private static final String MORE = """
            # included: the queue
            services:
              queue:
                image: berth/busybox:latest
            """;

    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir
    Path dir;
    private Path compose;
    private Path env;
    private Path more;

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, Backends.loader(), null);
    }

    private void open(FxRobot robot) throws Exception {
        Path shop = Files.createDirectories(dir.resolve("shop"));
        compose = Files.writeString(shop.resolve("compose.yaml"), COMPOSE);
        env = Files.writeString(shop.resolve(".env"), "TAG=latest\n");
        more = Files.writeString(Files.createDirectories(shop.resolve("parts")).resolve("more.yaml"), MORE);
        robot.interact(() -> harness.vm.open(List.of(compose)));
        FxHarness.waitFor(10, () -> robot.lookup("#service-queue").tryQuery().isPresent());
        robot.interact(() -> harness.window.pane().showEditor());
    }

    private CodeArea area(Path file) {
        return harness.window.pane().editor().area(file);
    }

    private static boolean underlined(CodeArea area, int line, int column) {
        return area.getStyleOfChar(line, column).contains(CodeStyling.PROBLEM);
    }

    private void typeAt(FxRobot robot, Path file, int line, int column, String text) {
        CodeArea area = area(file);
        robot.interact(() -> {
            harness.window.pane().editor().reveal(file, line + 1, column + 1);
            area.requestFocus();
        });
        robot.write(text);
    }

    @Test
    void anEnvFileIsCheckedAsItIsTypedAndTheDrawingFollowsIt(FxRobot robot) throws Exception {
        open(robot);
        CodeArea envArea = area(env);
        assertThat(envArea).as("the default .env has a tab").isNotNull();
        typeAt(robot, env, 1, 0, "BAD KEY=1\n");
        FxHarness.waitFor(10, () -> underlined(envArea, 1, 3));
        assertThat(harness.vm.project().problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo(env);
            assertThat(p.location().line()).isEqualTo(2);
            assertThat(p.location().column()).isEqualTo(4);
            assertThat(p.message()).contains("key cannot contain a space");
        });
        assertThat(underlined(envArea, 0, 0)).as("the good line stays clean").isFalse();
        assertThat(harness.vm.project().statusProperty().get()).as("the status names the file").endsWith("problem in .env");
        FxHarness.shoot(harness.stage.getScene(), "editor-env");

        // fixed by a name without the space, which switches a profile on: the drawing follows unsaved
        robot.interact(() -> envArea.replaceText(1, 0, 1, 9, "COMPOSE_PROFILES=tools"));
        FxHarness.waitFor(10, () -> harness.vm.project().problems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(harness.vm.project().project().services()).as("the profile is on").containsKey("tools");
        assertThat(harness.vm.topology().topologyProperty().get().nodes())
                .anySatisfy(n -> assertThat(n.name().equals("tools") && !n.ghost()).isTrue());
        assertThat(underlined(envArea, 1, 3)).isFalse();

        // the variable the compose file needs goes away: the compose file's line is underlined
        typeAt(robot, env, 0, 0, "#");
        CodeArea composeArea = area(compose);
        FxHarness.waitFor(10, () -> underlined(composeArea, 4, 4));
        assertThat(harness.vm.project().problems()).singleElement()
                .satisfies(p -> assertThat(p.location().file()).isEqualTo(compose))
                .satisfies(p -> assertThat(p.message()).contains("TAG"));
        assertThat(Files.readString(env)).as("nothing saved").isEqualTo("TAG=latest\n");
    }

    @Test
    void anIncludedFileHasATabWhoseEditsMoveTheDrawingAndSaveWithComments(FxRobot robot) throws Exception {
        open(robot);
        CodeArea moreArea = area(more);
        assertThat(moreArea).as("the included file has a tab").isNotNull();
        typeAt(robot, more, 3, 4, "x");   // "image" → "ximage"
        FxHarness.waitFor(10, () -> underlined(moreArea, 3, 5));
        assertThat(harness.vm.project().problems()).anySatisfy(p -> {
            assertThat(p.location().file()).isEqualTo(more);
            assertThat(p.location().line()).isEqualTo(4);
        });
        assertThat(area(more)).as("the tab stays while its file has a problem").isSameAs(moreArea);
        robot.type(KeyCode.BACK_SPACE);
        FxHarness.waitFor(10, () -> harness.vm.project().problems().isEmpty());

        robot.interact(() -> moreArea.moveTo(moreArea.getLength()));
        robot.write("  worker:\n    image: berth/busybox:latest\n");
        FxHarness.waitFor(10, () -> robot.lookup("#service-worker").tryQuery().isPresent());
        assertThat(Files.readString(more)).as("not saved yet").isEqualTo(MORE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(more)).isEqualTo(MORE + "  worker:\n    image: berth/busybox:latest\n");
        assertThat(Files.readString(compose)).isEqualTo(COMPOSE);
    }

    @Test
    void aChangeToAnIncludedFileOnDiskIsOfferedWhileTypingAndNeverLost(FxRobot robot) throws Exception {
        open(robot);
        CodeArea moreArea = area(more);
        typeAt(robot, more, 0, 0, "# mine\n");
        String theirs = MORE.replace("the queue", "changed elsewhere");
        Files.writeString(more, theirs);
        harness.vm.editor().lookAtDisk();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> harness.vm.editor().find(more).offeredProperty().get() != null);
        assertThat(moreArea.getText()).as("the typing is not lost").startsWith("# mine\n");
        robot.interact(() -> harness.vm.editor().takeOffered(harness.vm.editor().find(more)));
        assertThat(moreArea.getText()).isEqualTo(theirs);
    }
}
