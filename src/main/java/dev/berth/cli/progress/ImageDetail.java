package dev.berth.cli.progress;

import dev.berth.engine.EngineEvent.ImageProgress;
import java.util.Locale;

/** The short text a build or pull line shows: the last output line, and bytes when the engine knows them. */
final class ImageDetail {
    private ImageDetail() {}

    static String of(ImageProgress p) {
        String text = p.text() == null ? "" : p.text().strip().replaceAll("\\s+", " ");
        if (p.current() != null && p.total() != null && p.total() > 0) {
            text = (text + " " + size(p.current()) + " / " + size(p.total())).strip();
        }
        return text;
    }

    /** Decimal units with three significant digits, as docker's go-units HumanSize prints them. */
    static String size(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = String.format(Locale.ROOT, "%.3g", value);
        if (number.contains(".")) {
            number = number.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return number + units[unit];
    }
}
