package io.herald.incident;

/**
 * An update became visible (posted now, or a timed update whose moment came). Published inside the transaction that
 * publishes it, exactly once per update, so that its announcement is written with it or not at all; the public
 * fan-out delivers it when {@code deliverNotifications} is set.
 */
public record IncidentUpdatePosted(long incidentId, long updateId, IncidentStatus status, boolean deliverNotifications,
                                   boolean drill) {
}
