package io.herald.incident;

/** Published in the transaction that creates the incident; the comms workspace listens to it. */
public record IncidentCreated(long incidentId, boolean drill) {
}
