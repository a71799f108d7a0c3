package dev.berth.ui.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A search typed into the window: words separated by spaces, all of which must hold. A bare word
 * matches part of the name; {@code state:}, {@code profile:}, {@code network:} (or {@code net:}),
 * {@code image:}, {@code volume:} and {@code name:} ask one fact; commas give alternatives
 * ({@code state:exited,unhealthy}); a leading {@code -} negates. Case does not matter. A state
 * matches from its start ({@code state:not} finds "not created"); the rest match any part.
 */
public final class ServiceQuery {
    public static final ServiceQuery ALL = new ServiceQuery("", List.of(), null);
    private static final List<String> KEYS = List.of("name", "state", "profile", "network", "net", "image", "volume");

    private record Term(String key, List<String> values, boolean negated) {}

    private final String text;
    private final List<Term> terms;
    private final String problem;

    private ServiceQuery(String text, List<Term> terms, String problem) {
        this.text = text;
        this.terms = List.copyOf(terms);
        this.problem = problem;
    }

    public static ServiceQuery parse(String text) {
        String t = text == null ? "" : text.strip();
        List<Term> terms = new ArrayList<>();
        String problem = null;
        for (String word : t.isEmpty() ? new String[0] : t.split("\\s+")) {
            boolean negated = word.startsWith("-") && word.length() > 1;
            String w = (negated ? word.substring(1) : word).toLowerCase(Locale.ROOT);
            int colon = w.indexOf(':');
            String key = colon < 0 ? "name" : w.substring(0, colon);
            String value = colon < 0 ? w : w.substring(colon + 1);
            if (!KEYS.contains(key)) {
                problem = problem != null ? problem : "unknown filter '" + key + ":'; use name:, state:, profile:, "
                        + "network:, image: or volume:";
                continue;
            }
            List<String> values = Arrays.stream(value.split(",")).filter(v -> !v.isEmpty()).toList();
            if (!values.isEmpty()) {
                terms.add(new Term(key.equals("net") ? "network" : key, values, negated));
            }
        }
        return new ServiceQuery(t, terms, problem);
    }

    /** True when the query asks nothing: every service matches. */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public String text() {
        return text;
    }

    /** Why part of the query was ignored, to show beside the field. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** True when the query asks about live states (so a state change may change the result). */
    public boolean asksState() {
        return terms.stream().anyMatch(t -> t.key().equals("state"));
    }

    public boolean matches(ServiceFacts s) {
        return terms.stream().allMatch(t -> holds(t, s) != t.negated());
    }

    private static boolean holds(Term t, ServiceFacts s) {
        return switch (t.key()) {
            case "name" -> anyPart(t.values(), List.of(s.name()));
            case "state" -> t.values().stream().anyMatch(v -> normal(s.state()).startsWith(normal(v)));
            case "profile" -> anyPart(t.values(), s.profiles());
            case "network" -> anyPart(t.values(), s.networks());
            case "image" -> anyPart(t.values(), List.of(s.image()));
            case "volume" -> anyPart(t.values(), s.volumes());
            default -> false;
        };
    }

    private static boolean anyPart(List<String> wanted, List<String> have) {
        return wanted.stream().anyMatch(w -> have.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).contains(w)));
    }

    /** "not created", "not-created" and "not_created" are one state. */
    private static String normal(String state) {
        return state.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
    }

    @Override
    public String toString() {
        return text;
    }
}
