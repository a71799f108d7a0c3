package dev.berth.insight.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A mechanical edit of one file: its whole text before and after ({@code before} empty for a file to create). The
 * window previews {@link #preview()} and applies it only while the file still reads {@code before}.
 */
public record Fix(Path file, String title, String before, String after) {

    /** The changed lines, "-" removed and "+" added, with their 1-based line numbers. */
    public List<String> preview() {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = (before.isEmpty() && after.endsWith("\n") ? after.substring(0, after.length() - 1) : after)
                .split("\n", -1);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        List<String> out = new ArrayList<>();
        for (int i = start; i < endA; i++) {
            out.add(String.format("%4d - %s", i + 1, a[i]));
        }
        for (int i = start; i < endB; i++) {
            out.add(String.format("%4d + %s", i + 1, b[i]));
        }
        return out;
    }

    /** Writes the edit; refuses (returns false) when the file no longer reads as it did when the fix was made. */
    public boolean apply() throws IOException {
        String now = Files.exists(file) ? Files.readString(file) : "";
        if (!now.equals(before)) {
            return false;
        }
        Files.writeString(file, after);
        return true;
    }
}
