package dev.berth.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/** The last projects opened (each a list of compose files), newest first, kept in user preferences. */
public final class RecentFiles {
    static final int LIMIT = 8;
    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    public List<List<Path>> list() {
        List<List<Path>> out = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String entry = prefs.get("recent." + i, null);
            if (entry != null && !entry.isEmpty()) {
                out.add(Arrays.stream(entry.split(File.pathSeparator)).map(Path::of).toList());
            }
        }
        return out;
    }

    public void add(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        List<Path> abs = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        List<List<Path>> known = list();
        if (!known.isEmpty() && known.getFirst().equals(abs)) {
            return; // a reload (a profile ticked): nothing to write
        }
        List<List<Path>> next = new ArrayList<>();
        next.add(abs);
        known.stream().filter(l -> !l.equals(abs)).limit(LIMIT - 1L).forEach(next::add);
        for (int i = 0; i < LIMIT; i++) {
            if (i < next.size()) {
                prefs.put("recent." + i, String.join(File.pathSeparator, next.get(i).stream().map(Path::toString).toList()));
            } else {
                prefs.remove("recent." + i);
            }
        }
    }
}
