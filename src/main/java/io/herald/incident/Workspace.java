package io.herald.incident;

import io.herald.component.Component;
import io.herald.maintenance.Maintenance;
import io.herald.security.AppUser;
import io.herald.security.Viewer;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/** What the comms workspace templates show. Times are instants; the templates format them in the page zone. */
public final class Workspace {

    private Workspace() {
    }

    /** The dashboard: open incidents first, the most urgent on top. */
    public record Dashboard(Viewer viewer, List<Row> open, List<Row> recentlyClosed, List<Maintenance> maintenance,
                            List<IncidentTemplate> templates, List<Component> components, List<AppUser> users,
                            String zone, @Nullable String error) {
    }

    public record Row(Incident incident, @Nullable Instant lastUpdateAt, @Nullable Instant nextUpdateDue,
                      boolean overdue, List<Reminder> reminders) {
    }

    /** One incident with everything the team may see: internal notes, timed and cancelled updates. */
    public record Detail(Viewer viewer, Row row, List<UpdateRow> updates, List<Component> components,
                         List<IncidentTemplate> templates, List<AppUser> users, String zone, @Nullable String error) {
    }

    public record UpdateRow(IncidentUpdate update, List<IncidentUpdateComponent> components, List<UpdateEdit> edits) {
    }
}
