package io.herald.incident;

import jakarta.inject.Singleton;

import java.util.List;

/** Whether the team has an incident in hand (a drill too): then the incidents are where a signed-in person starts. */
@Singleton
public class AnyIncidentOpen {

    private final IncidentRepository incidents;

    AnyIncidentOpen(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    public boolean now() {
        return incidents.existsByStatusNotIn(List.of(IncidentStatus.RESOLVED, IncidentStatus.POSTMORTEM));
    }
}
