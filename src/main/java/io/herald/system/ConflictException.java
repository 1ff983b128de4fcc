package io.herald.system;

/** A request that is well-formed but does not fit the state of what it names: answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
