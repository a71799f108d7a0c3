package dev.berth.ui.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file's text as the editor shows it (lines end in {@code \n}) and how it is written on disk: a byte
 * order mark or not, {@code \r\n} or {@code \n}. Saving turns the editor's text back into the file's own
 * form, so an unchanged text writes the same bytes it was read from.
 *
 * @param text      the text with {@code \n} line ends
 * @param crlf      the file ended its lines with {@code \r\n}
 * @param bom       the file started with a UTF-8 byte order mark
 * @param exists    the file was there when it was read (a missing env file opens empty)
 */
public record DiskText(String text, boolean crlf, boolean bom, boolean exists) {
    private static final String BOM = "\uFEFF";

    static DiskText read(Path file) throws IOException {
        String raw;
        try {
            raw = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new DiskText("", false, false, false);
        }
        boolean bom = raw.startsWith(BOM);
        if (bom) {
            raw = raw.substring(1);
        }
        boolean crlf = raw.contains("\r\n");
        return new DiskText(crlf ? raw.replace("\r\n", "\n") : raw, crlf, bom, true);
    }

    /** The same file's form with other text. */
    DiskText withText(String newText) {
        return new DiskText(newText, crlf, bom, true);
    }

    byte[] bytes() {
        String body = crlf ? text.replace("\n", "\r\n") : text;
        return ((bom ? BOM : "") + body).getBytes(StandardCharsets.UTF_8);
    }
}
