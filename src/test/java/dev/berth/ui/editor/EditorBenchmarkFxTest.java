package dev.berth.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.ui.Backends;
import dev.berth.ui.FxHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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

/**
 * Prints (does not assert) what the editor costs on a 200-service file: the UI thread's time per
 * keystroke (text, colours, dirty flag) and the time from a typed mistake to its underline (the
 * 300 ms pause included). Numbers go to target/benchmark-editor.txt.
 */
@ExtendWith(ApplicationExtension.class)
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "berth.bench.ui", matches = "true")
class EditorBenchmarkFxTest {
    @RegisterExtension
    final FxHarness harness = new FxHarness();
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        harness.start(stage, Backends.loader(), null);
    }

    static String bigFile(int n) {
        StringBuilder b = new StringBuilder("# generated: ").append(n).append(" services\nservices:\n");
        for (int i = 0; i < n; i++) {
            b.append(String.format("  svc%03d:   # service %d%n", i, i));
            b.append("    image: berth/busybox:latest\n    environment:\n      LEVEL: \"${LEVEL:-").append(i)
                    .append("}\"\n      NAME: svc\n    labels:\n      tier: t").append(i % 10).append('\n');
            b.append("    healthcheck:\n      test: [\"CMD\", \"true\"]\n      interval: 5s\n");
            if (i % 10 != 0) {
                b.append(String.format("    depends_on:%n      svc%03d:%n        condition: service_healthy%n", i - 1));
            }
        }
        return b.toString();
    }

    @Test
    void keystrokeCostAndMistakeToUnderlineOn200Services(FxRobot robot) throws Exception {
        Path compose = Files.createDirectories(dir.resolve("big")).resolve("compose.yaml");
        Files.writeString(compose, bigFile(200));
        long opened = System.nanoTime();
        robot.interact(() -> harness.vm.open(List.of(compose)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#service-svc199").tryQuery().isPresent());
        long openMs = (System.nanoTime() - opened) / 1_000_000;
        robot.interact(() -> harness.window.pane().showEditor());
        CodeArea area = harness.window.pane().editor().area(compose);
        int lines = area.getParagraphs().size();

        long[] keyNs = new long[40];
        for (int i = 0; i < keyNs.length; i++) {
            int k = i;
            robot.interact(() -> {
                long t = System.nanoTime();
                area.insertText(area.getAbsolutePosition(lines / 2, 0), k % 2 == 0 ? "#" : "");
                if (k % 2 == 1) {
                    area.deleteText(area.getAbsolutePosition(lines / 2, 0), area.getAbsolutePosition(lines / 2, 1));
                }
                keyNs[k] = System.nanoTime() - t;
            });
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> harness.vm.project().problems().isEmpty()
                && !harness.vm.editor().files().getFirst().dirtyProperty().get());
        // the same keys in a bare RichTextFX area of the same text, off screen: what text and colours cost without drawing
        long[] bareNs = new long[40];
        robot.interact(() -> {
            CodeArea bare = new CodeArea(area.getText());
            new CodeStyling(bare, OpenFile.Kind.COMPOSE);
            for (int k = 0; k < bareNs.length; k++) {
                long t = System.nanoTime();
                bare.insertText(bare.getAbsolutePosition(lines / 2, 0), "#");
                bareNs[k] = System.nanoTime() - t;
            }
        });
        Arrays.sort(bareNs);

        List<Integer> imageLines = new java.util.ArrayList<>();
        for (int p = 0; p < lines; p++) {
            if (area.getParagraph(p).getText().startsWith("    image:")) {
                imageLines.add(p);
            }
        }
        long[] underlineMs = new long[5];
        for (int i = 0; i < underlineMs.length; i++) {
            AtomicLong start = new AtomicLong();
            int line = imageLines.get(imageLines.size() * (2 * i + 1) / (2 * underlineMs.length));
            robot.interact(() -> {
                start.set(System.nanoTime());
                area.insertText(area.getAbsolutePosition(line, 4), "x");
            });
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> area.getStyleOfChar(line, 5).contains(CodeStyling.PROBLEM));
            underlineMs[i] = (System.nanoTime() - start.get()) / 1_000_000;
            robot.interact(() -> area.deleteText(area.getAbsolutePosition(line, 4), area.getAbsolutePosition(line, 5)));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> harness.vm.project().problems().isEmpty());
        }
        Arrays.sort(keyNs);
        Arrays.sort(underlineMs);
        String report = String.format("editor, %d services, %d lines: open to drawing %d ms; UI thread per keystroke "
                        + "median %.2f ms, max %.2f ms; typed mistake to underline (300 ms pause included) median %d ms, "
                        + "max %d ms; a CodeArea off screen with Berth's colouring: median %.2f ms per key%n", 200, lines, openMs, keyNs[keyNs.length / 2] / 1e6, keyNs[keyNs.length - 1] / 1e6,
                underlineMs[underlineMs.length / 2], underlineMs[underlineMs.length - 1], bareNs[bareNs.length / 2] / 1e6);
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-editor.txt"), report);
        assertThat(underlineMs[0]).isGreaterThanOrEqualTo(300);
    }
}
