package dev.berth.ui.editor;

import dev.berth.compose.load.Problem;
import dev.berth.compose.load.SourceTexts;
import dev.berth.ui.FileWatch;
import dev.berth.ui.LoadRequest;
import dev.berth.ui.ProjectViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files of the open project as texts to edit: the compose files (base, overrides, then the files
 * they include or extend) and the env files, one {@link OpenFile} each. Unsaved text of any of them goes
 * to the project's loader in place of the file ({@link ProjectViewModel#edited}), so the problems and the
 * drawing follow the typing; a change on disk is taken when nothing was typed, else offered as a reload.
 */
public final class EditorViewModel implements AutoCloseable {
    private final ProjectViewModel project;
    private final Executor ui;
    private final ObservableList<OpenFile> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final FileWatch watch;
    private volatile List<OpenFile> snapshot = List.of();
    private boolean closed;

    public EditorViewModel(ProjectViewModel project, Executor ui) {
        this.project = project;
        this.ui = ui;
        this.watch = new FileWatch(this::readDisk);
        project.requestProperty().addListener((o, a, r) -> follow());
        project.sourcesProperty().addListener((o, a, r) -> follow());
        follow();
    }

    /**
     * Opens the request's files and those the last load read (included, extended, the default .env);
     * files no longer in them close unless they hold unsaved typing.
     */
    private void follow() {
        LoadRequest request = project.requestProperty().get();
        Map<Path, SourceTexts.Kind> read = project.sourcesProperty().get();
        Map<Path, OpenFile.Kind> wanted = new LinkedHashMap<>();
        request.files().forEach(f -> wanted.put(absolute(f), OpenFile.Kind.COMPOSE));
        read.forEach((f, k) -> {
            if (k == SourceTexts.Kind.COMPOSE) {
                wanted.putIfAbsent(f, OpenFile.Kind.COMPOSE);
            }
        });
        request.envFiles().forEach(f -> wanted.putIfAbsent(absolute(f), OpenFile.Kind.ENV));
        read.forEach((f, k) -> wanted.putIfAbsent(f, k == SourceTexts.Kind.ENV ? OpenFile.Kind.ENV : OpenFile.Kind.COMPOSE));
        List<OpenFile> next = new ArrayList<>();
        for (Map.Entry<Path, OpenFile.Kind> e : wanted.entrySet()) {
            OpenFile open = find(e.getKey());
            next.add(open != null ? open : read(e.getKey(), e.getValue()));
        }
        files.stream().filter(f -> !wanted.containsKey(f.file()) && f.dirtyProperty().get()).forEach(next::add);
        if (!next.equals(files)) {
            files.setAll(next);   // the same list again (a reload) would re-make every tab
        }
        snapshot = List.copyOf(next);
        watch.watch(next.stream().map(OpenFile::file).toList());
    }

    private Path absolute(Path file) {
        return project.workingDir().resolve(file).toAbsolutePath().normalize();
    }

    private OpenFile read(Path file, OpenFile.Kind kind) {
        try {
            return new OpenFile(file, kind, DiskText.read(file));
        } catch (IOException | UncheckedIOException e) {
            message.set("cannot read " + file + ": " + e.getMessage());
            return new OpenFile(file, kind, new DiskText("", false, false, false));
        }
    }

    public OpenFile find(Path file) {
        return files.stream().filter(f -> f.file().equals(file)).findFirst().orElse(null);
    }

    /** Loads the project again with every unsaved text, compose or env, in place of its file. */
    public void check() {
        if (closed) {
            return;   // a pause that ends after the window closed
        }
        Map<Path, String> unsaved = new LinkedHashMap<>();
        files.forEach(OpenFile::sync);
        files.stream().filter(f -> f.dirtyProperty().get())
                .forEach(f -> unsaved.put(f.file(), f.textProperty().get()));
        project.edited(unsaved);
    }

    public boolean save(OpenFile file) {
        try {
            file.save();
            message.set("Saved " + file.file().getFileName());
        } catch (IOException | RuntimeException e) {
            message.set("could not save " + file.file() + ": " + e.getMessage());
            return false;
        }
        check();
        return true;
    }

    public void saveAll() {
        files.forEach(OpenFile::sync);
        files.stream().filter(f -> f.dirtyProperty().get()).toList().forEach(this::save);
    }

    public void takeOffered(OpenFile file) {
        file.takeOffered();
        check();
    }

    public void keepMine(OpenFile file) {
        file.keepMine();
    }

    /** On the watch thread: reads what the files hold now, then lets each one compare on the UI thread. */
    private void readDisk() {
        Map<OpenFile, DiskText> seen = new LinkedHashMap<>();
        for (OpenFile f : snapshot) {
            try {
                seen.put(f, DiskText.read(f.file()));
            } catch (IOException | UncheckedIOException e) {
                // half-written or unreadable for now: the next change event reads it again
            }
        }
        ui.execute(() -> {
            boolean changed = false;
            for (Map.Entry<OpenFile, DiskText> e : seen.entrySet()) {
                String before = e.getKey().textProperty().get();
                e.getKey().seen(e.getValue());
                changed |= !before.equals(e.getKey().textProperty().get());
            }
            if (changed) {
                check();   // an included file changed elsewhere: the drawing follows it too
            }
        });
    }

    /** Checks the open files against the disk now (the watch does it by itself; tests and "Reload" ask). */
    public void lookAtDisk() {
        readDisk();
    }

    /** The problems of the last load that point into {@code file}. */
    public List<Problem> problemsIn(Path file) {
        return project.problems().stream()
                .filter(p -> p.location() != null && p.location().file() != null
                        && absolute(p.location().file()).equals(file))
                .toList();
    }

    public ObservableList<Problem> problems() {
        return project.problems();
    }

    public ObservableList<OpenFile> files() {
        return files;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        watch.close();
    }
}
