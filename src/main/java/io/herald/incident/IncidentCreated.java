package io.herald.incident;

/** Published after commit; the fan-out and the comms workspace listen to it. */
public record IncidentCreated(long incidentId, boolean drill) {
}
