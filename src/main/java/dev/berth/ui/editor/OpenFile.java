package dev.berth.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One file open in the editor: the text being edited, what the file held when it was last read or
 * written, whether the two differ, and a newer text found on disk that waits for the person to choose.
 */
public final class OpenFile {
    /** How the text is coloured; both kinds are checked as they are typed. */
    public enum Kind { COMPOSE, ENV }

    private final Path file;
    private final Kind kind;
    private DiskText disk;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<DiskText> offered = new ReadOnlyObjectWrapper<>();
    private java.util.function.Supplier<String> live;

    OpenFile(Path file, Kind kind, DiskText disk) {
        this.file = file;
        this.kind = kind;
        this.disk = disk;
        text.set(disk.text());
    }

    public Path file() {
        return file;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * Where the text being typed lives (the editor's text area). Reading a large text on every key costs
     * more than the key, so typing only marks the file {@link #touched}; the text is read when it is
     * needed: after a pause, to check it, and to save it.
     */
    void attach(java.util.function.Supplier<String> liveText) {
        live = liveText;
    }

    /** Something was typed: dirty until the text is read and compared with the disk. */
    void touched() {
        dirty.set(true);
    }

    /** Reads the typed text now (see {@link #attach}). */
    void sync() {
        if (live != null) {
            edit(live.get());
        }
    }

    /** The person typed: {@code newText} is the whole text now. */
    public void edit(String newText) {
        text.set(newText);
        dirty.set(!newText.equals(disk.text()));
    }

    /** Writes the text as it is, atomically, in the file's own line ends and byte order mark. */
    void save() throws IOException {
        sync();
        DiskText next = disk.withText(text.get());
        AtomicSave.write(file, next.bytes());
        disk = next;
        dirty.set(false);
    }

    /** What is on disk now: unchanged, taken silently when nothing was typed, else offered. */
    void seen(DiskText onDisk) {
        sync();
        if (onDisk.text().equals(disk.text()) && onDisk.exists() == disk.exists()) {
            return;
        }
        if (!dirty.get()) {
            disk = onDisk;
            text.set(onDisk.text());
            offered.set(null);
            return;
        }
        offered.set(onDisk.text().equals(text.get()) ? null : onDisk);
        if (offered.get() == null) {
            disk = onDisk;
            dirty.set(false);
        }
    }

    /** Takes the offered text from disk in place of what was typed. */
    void takeOffered() {
        DiskText next = offered.get();
        if (next != null) {
            disk = next;
            offered.set(null);
            edit(next.text());
        }
    }

    /** Keeps what was typed; the next save replaces the newer file knowingly. */
    void keepMine() {
        if (offered.get() != null) {
            disk = offered.get();
            offered.set(null);
            dirty.set(!text.get().equals(disk.text()));
        }
    }

    String diskText() {
        return disk.text();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** A newer text on disk, offered as a reload while the person has unsaved typing; null when none. */
    public ReadOnlyObjectProperty<DiskText> offeredProperty() {
        return offered.getReadOnlyProperty();
    }
}
