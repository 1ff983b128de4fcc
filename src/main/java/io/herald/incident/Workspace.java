package io.herald.incident;

import io.herald.component.Component;
import io.herald.maintenance.Maintenance;
import io.herald.security.AppUser;
import io.herald.security.Viewer;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Comparator;
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

        /** A component as the timeline names it: by its name, or by its id once it is deleted. */
        public String componentName(long id) {
            return components.stream().filter(c -> c.id() == id).map(Component::name).findFirst()
                    .orElse("A deleted component (" + id + ")");
        }
    }

    public record UpdateRow(IncidentUpdate update, List<IncidentUpdateComponent> components, List<UpdateEdit> edits) {

        /**
         * Where the update stands in the timeline: when it was published, or is to be; a cancelled one when it was
         * cancelled (with the resolution that cancelled it), not at the time it would have gone out.
         */
        public Instant timelineAt() {
            return update.cancelledAt() != null ? update.cancelledAt() : update.publishAt();
        }

        /** Newest first; at the same moment, the later update first (a resolution above what it cancelled). */
        static final Comparator<UpdateRow> NEWEST_FIRST = Comparator.comparing(UpdateRow::timelineAt)
                .thenComparing(row -> row.update().id()).reversed();
    }
}
