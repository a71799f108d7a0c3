package dev.berth.ui.search;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One search over the services: a query and an optional focus service. {@link #shown} says which
 * services stay in full view; null means no search is active and all do.
 */
public record Search(ServiceQuery query, String focus) {
    public static final Search NONE = new Search(ServiceQuery.ALL, null);

    public boolean active() {
        return !query.isEmpty() || focus != null;
    }

    public Set<String> shown(List<ServiceFacts> facts, Neighbourhood around) {
        if (!active()) {
            return null;
        }
        Set<String> near = focus == null ? null : around.around(focus);
        Set<String> out = new TreeSet<>();
        for (ServiceFacts f : facts) {
            if ((near == null || near.contains(f.name())) && query.matches(f)) {
                out.add(f.name());
            }
        }
        return out;
    }
}
