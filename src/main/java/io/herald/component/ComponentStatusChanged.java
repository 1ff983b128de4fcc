package io.herald.component;

import java.time.Instant;

/** Published after the change commits; fan-out and postmortem timelines listen to it. */
public record ComponentStatusChanged(long componentId, String componentName, ComponentStatus oldStatus,
                                     ComponentStatus newStatus, Instant at, String changedBy) {
}
