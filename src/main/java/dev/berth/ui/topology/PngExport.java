package dev.berth.ui.topology;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/** Saves the drawing as a PNG at twice the screen resolution, so it is crisp on a projector. */
public final class PngExport {
    private PngExport() {}

    public static void write(Pane canvas, Path file) throws IOException {
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(2, 2));
        WritableImage image = canvas.snapshot(params, null);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }
}
