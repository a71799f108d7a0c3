package dev.berth.stack;

/** A stack cannot be converted or deployed: the message is for the user, as the docker CLI words it. */
public final class StackException extends RuntimeException {
    public StackException(String message) {
        super(message);
    }
}
