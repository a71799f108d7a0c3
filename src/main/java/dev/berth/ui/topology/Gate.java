package dev.berth.ui.topology;

/** A depends_on condition seen live: not yet met, met, or impossible (the dependency failed). */
public enum Gate {
    NONE, PENDING, SATISFIED, FAILED;

    /** Shown after the condition word, so a gate reads without colour. */
    public String icon() {
        return switch (this) {
            case NONE -> "";
            case PENDING -> " …";
            case SATISFIED -> " ✔";
            case FAILED -> " ✖";
        };
    }

    private final javafx.css.PseudoClass pseudoClass = javafx.css.PseudoClass.getPseudoClass(styleClass());

    /** CSS name, e.g. {@code gate-pending}: a line in this state has the pseudo-class {@code :gate-pending}. */
    public String styleClass() {
        return "gate-" + name().toLowerCase(java.util.Locale.ROOT);
    }

    public javafx.css.PseudoClass pseudoClass() {
        return pseudoClass;
    }
}
