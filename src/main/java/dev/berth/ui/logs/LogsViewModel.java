package dev.berth.ui.logs;

import dev.berth.engine.EngineEvent;
import dev.berth.ui.inspector.SecretMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The log lines of the project's containers: all services or a chosen set, filtered by a search,
 * paused (lines wait and arrive on resume) or following. Keeps the last {@value #LIMIT} lines.
 */
public final class LogsViewModel {
    static final int LIMIT = 5000;
    private final ObservableList<LogEntry> all = FXCollections.observableArrayList();
    private final FilteredList<LogEntry> shown = new FilteredList<>(all);
    private final ObservableList<String> services = FXCollections.observableArrayList();
    private final Set<String> chosen = new TreeSet<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty paused = new SimpleBooleanProperty();
    private final BooleanProperty follow = new SimpleBooleanProperty(true);
    private final List<LogEntry> held = new ArrayList<>();
    private SecretMask mask = new SecretMask(Set.of());

    public LogsViewModel() {
        search.addListener((o, a, b) -> refilter());
        paused.addListener((o, a, b) -> {
            if (!b) {
                append(List.copyOf(held));
                held.clear();
            }
        });
    }

    public void setProject(List<String> serviceNames, SecretMask secretMask) {
        List<String> sorted = serviceNames.stream().sorted().toList();
        if (!services.equals(sorted)) { // a reload of the same services: the chooser keeps its 200 items
            services.setAll(sorted);
        }
        chosen.retainAll(serviceNames);
        mask = secretMask;
        refilter();
    }

    public void add(EngineEvent.LogLine line) {
        LogEntry e = new LogEntry(line.serviceName(), line.containerName(), line.stderr(), mask.hideInside(line.text()));
        if (paused.get()) {
            held.add(e);
            return;
        }
        append(List.of(e));
    }

    /** A batch of lines: one change of the list, so the view lays out once per batch. */
    public void addAll(List<EngineEvent.LogLine> lines) {
        List<LogEntry> entries = new ArrayList<>(lines.size());
        for (EngineEvent.LogLine line : lines) {
            entries.add(new LogEntry(line.serviceName(), line.containerName(), line.stderr(), mask.hideInside(line.text())));
        }
        if (paused.get()) {
            held.addAll(entries);
        } else {
            append(entries);
        }
    }

    private void append(List<LogEntry> entries) {
        all.addAll(entries);
        if (all.size() > LIMIT) {
            all.remove(0, all.size() - LIMIT);
        }
    }

    /** Shows only these services; an empty set shows all. */
    public void choose(Set<String> serviceNames) {
        chosen.clear();
        chosen.addAll(serviceNames);
        refilter();
    }

    public void clear() {
        all.clear();
        held.clear();
    }

    private void refilter() {
        String needle = search.get() == null ? "" : search.get().toLowerCase(Locale.ROOT);
        Set<String> only = Set.copyOf(chosen);
        shown.setPredicate(e -> (only.isEmpty() || only.contains(e.serviceName()))
                && (needle.isEmpty() || e.text().toLowerCase(Locale.ROOT).contains(needle)));
    }

    /** A stable colour slot for a service's prefix: its place in the sorted service names. */
    public int colourOf(String serviceName) {
        int i = services.indexOf(serviceName);
        return Math.floorMod(i < 0 ? serviceName.hashCode() : i, 8);
    }

    public ObservableList<LogEntry> shown() {
        return shown;
    }

    public ObservableList<String> services() {
        return services;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty pausedProperty() {
        return paused;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public int heldCount() {
        return held.size();
    }
}
