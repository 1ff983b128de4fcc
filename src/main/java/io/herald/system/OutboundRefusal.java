package io.herald.system;

/**
 * Herald will not post to a URL now, with a message for a person: its host is inside Herald's own network (or
 * otherwise no internet host), or its name does not resolve, which may be a passing DNS fault worth retrying.
 */
public final class OutboundRefusal extends Exception {

    private final boolean unresolved;

    OutboundRefusal(String message, boolean unresolved) {
        super(message);
        this.unresolved = unresolved;
    }

    /** True when the host name did not resolve; false when it resolved to an address Herald refuses. */
    public boolean unresolved() {
        return unresolved;
    }
}
