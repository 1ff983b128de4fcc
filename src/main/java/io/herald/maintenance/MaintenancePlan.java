package io.herald.maintenance;

import java.time.Instant;
import java.util.List;

/** A checked maintenance, ready to be stored: times in order, every component known, offsets largest first. */
record MaintenancePlan(String name, Instant scheduledFor, Instant scheduledUntil, boolean autoStart,
                       boolean autoComplete, List<Integer> remindBeforeMinutes, List<Long> components,
                       MaintenanceUpdateDraft first) {
}
