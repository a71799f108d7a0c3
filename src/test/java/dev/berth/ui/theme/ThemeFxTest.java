package dev.berth.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.berth.ui.FxHarness;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The View menu switches between AtlantaFX's light and dark themes while the window runs. */
@ExtendWith(ApplicationExtension.class)
class ThemeFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, FxHarness.handMade(), null);
    }

    private static Color background(FxRobot robot, String id) {
        Paint p = ((Region) robot.lookup(id).query()).getBackground().getFills().getFirst().getFill();
        return (Color) p;
    }

    @Test
    void darkThemeChangesTheStylesheetAndTheColoursAndBack(FxRobot robot) throws Exception {
        robot.interact(() -> harness.vm.open(List.of(Path.of("/tmp/webapp/compose.yaml"))));
        FxHarness.waitFor(10, () -> robot.lookup("#service-web").tryQuery().isPresent());
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
        Color light = background(robot, "#topology");
        assertThat(light.getBrightness()).isGreaterThan(0.8);
        assertThat(robot.lookup("#up-button").queryButton().getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(robot.lookup("#fit-button").queryButton().getTooltip().getText()).contains("Ctrl+0");

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());
        assertThat(Themes.darkInUse()).isTrue();
        assertThat(background(robot, "#topology").getBrightness()).as("the drawing's ground follows the theme").isLessThan(0.3);
        FxHarness.shoot(harness.stage.getScene(), "dark-theme");

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Themes.darkInUse()).isFalse();
        assertThat(background(robot, "#topology")).isEqualTo(light);
    }
}
