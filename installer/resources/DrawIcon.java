import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws installer/resources/berth.png: three containers joined as a small dependency graph above a
 * wave. Run once with `java installer/resources/DrawIcon.java installer/resources/berth.png`; the
 * PNG is committed so builds need no drawing step.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int size = 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1f4e79));
        g.fillRoundRect(8, 8, 240, 240, 56, 56);
        Color light = new Color(0x9cc3e6);
        g.setColor(light);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(128, 90, 72, 146);
        g.drawLine(128, 90, 184, 146);
        g.setColor(Color.WHITE);
        g.fillRoundRect(94, 42, 68, 50, 14, 14);
        g.fillRoundRect(38, 138, 68, 50, 14, 14);
        g.fillRoundRect(150, 138, 68, 50, 14, 14);
        g.setColor(light);
        for (int x = 30; x < 220; x += 64) {
            g.draw(new CubicCurve2D.Double(x, 218, x + 16, 202, x + 48, 234, x + 64, 218));
        }
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
