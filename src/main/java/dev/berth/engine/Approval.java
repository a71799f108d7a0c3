package dev.berth.engine;

/**
 * A question the engine asks before it changes anything ({@code up}'s plan, {@code rm}'s containers); declining
 * leaves everything as it was. The window shows a dialog, the CLI asks on its terminal or agrees at once.
 */
@FunctionalInterface
public interface Approval<T> {
    boolean approve(T proposal);

    static <T> Approval<T> always() {
        return proposal -> true;
    }
}
