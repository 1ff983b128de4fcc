package io.herald.incident;

/**
 * An update became visible (posted now, or a timed update whose moment came). Published after commit,
 * exactly once per update; the fan-out delivers it when {@code deliverNotifications} is set.
 */
public record IncidentUpdatePosted(long incidentId, long updateId, IncidentStatus status, boolean deliverNotifications,
                                   boolean drill) {
}
