package io.herald.notification.delivery;

import io.herald.system.OutboundRefusal;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A delivery did not go through. {@code permanent}: retrying cannot help (an address the server refuses,
 * a 4xx from a webhook, a revoked token); the delivery ends as FAILED at once. Otherwise it is retried with
 * backoff, or not before {@code notBefore} when the far end said when (a 429's reset time). {@code gone}: the far
 * end said the recipient itself is gone for good (a webhook's 410), not just this one delivery.
 */
public final class DeliveryFailure extends Exception {

    private final boolean permanent;
    private final Instant notBefore;
    private final boolean untried;
    private final boolean gone;

    private DeliveryFailure(String message, @Nullable Throwable cause, boolean permanent, @Nullable Instant notBefore,
                            boolean untried, boolean gone) {
        super(message, cause);
        this.permanent = permanent;
        this.notBefore = notBefore;
        this.untried = untried;
        this.gone = gone;
    }

    private DeliveryFailure(String message, @Nullable Throwable cause, boolean permanent, @Nullable Instant notBefore) {
        this(message, cause, permanent, notBefore, false, false);
    }

    public static DeliveryFailure permanent(String message) {
        return new DeliveryFailure(message, null, true, null);
    }

    public static DeliveryFailure permanent(String message, Throwable cause) {
        return new DeliveryFailure(message, cause, true, null);
    }

    /** Permanent, and the recipient will never take a delivery again: the far end said so. */
    public static DeliveryFailure gone(String message) {
        return new DeliveryFailure(message, null, true, null, false, true);
    }

    public static DeliveryFailure retry(String message, @Nullable Throwable cause) {
        return new DeliveryFailure(message, cause, false, null);
    }

    /** Herald would not post there: retried while the host name does not resolve (DNS may be at fault), else final. */
    public static DeliveryFailure refused(OutboundRefusal refusal) {
        return refusal.unresolved() ? retry(refusal.getMessage(), null) : permanent(refusal.getMessage());
    }

    public static DeliveryFailure retryAfter(String message, Instant notBefore) {
        return new DeliveryFailure(message, null, false, notBefore);
    }

    /**
     * Not sent, and not tried: it must wait its turn (a tweet whose thread's previous tweet is not out yet).
     * It is put back for {@code notBefore} without counting as an attempt or as a failure of the endpoint.
     */
    public static DeliveryFailure notYet(String message, Instant notBefore) {
        return new DeliveryFailure(message, null, false, notBefore, true, false);
    }

    public boolean untried() {
        return untried;
    }

    public boolean permanent() {
        return permanent;
    }

    public boolean gone() {
        return gone;
    }

    @Nullable
    public Instant notBefore() {
        return notBefore;
    }
}
