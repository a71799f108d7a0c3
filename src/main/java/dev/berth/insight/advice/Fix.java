package dev.berth.insight.advice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A mechanical edit of one file: its whole text before and after ({@code before} empty for a file to create). The
 * window previews {@link #preview()} and applies it only while the file still reads {@code before}. Only the changed
 * part of {@code after} is kept (the text before is shared by every fix of the file): a 200-service file with a
 * finding per service held a whole copy of the file per finding, 27 MB of the window's heap.
 */
public final class Fix {
    private final Path file;
    private final String title;
    private final String before;
    private final int keptHead;
    private final int keptTail;
    private final String middle;

    public Fix(Path file, String title, String before, String after) {
        this.file = file;
        this.title = title;
        this.before = before;
        int head = 0;
        int max = Math.min(before.length(), after.length());
        while (head < max && before.charAt(head) == after.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < max - head && before.charAt(before.length() - 1 - tail) == after.charAt(after.length() - 1 - tail)) {
            tail++;
        }
        this.keptHead = head;
        this.keptTail = tail;
        this.middle = after.substring(head, after.length() - tail);
    }

    public Path file() {
        return file;
    }

    public String title() {
        return title;
    }

    public String before() {
        return before;
    }

    /** The whole text after the edit, made again from the text before and the changed part. */
    public String after() {
        return before.substring(0, keptHead) + middle + before.substring(before.length() - keptTail);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fix f && f.file.equals(file) && f.title.equals(title) && f.before.equals(before)
                && f.after().equals(after());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(file, title, before.length(), middle);
    }

    @Override
    public String toString() {
        return "Fix[" + file + ", " + title + "]";
    }

    /** The changed lines, "-" removed and "+" added, with their 1-based line numbers. */
    public List<String> preview() {
        String after = after();
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
        Files.writeString(file, after());
        return true;
    }
}
