package io.herald.statuspage;

import io.herald.incident.IncidentStatus;
import io.herald.incident.IncidentViews.PublicIncident;
import io.herald.system.Markdown;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * An incident as the theme's templates show it. {@code nextUpdatePassed}: the promised time has come without an
 * update, so the page must no longer promise it (the page is rendered again at that moment).
 */
public record IncidentView(String id, String name, String impact, IncidentStatus status, List<String> components,
                           List<Update> updates, @Nullable Moment nextUpdate, boolean nextUpdatePassed) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    /** A time with its zone, and the same instant for the visitor's own zone. */
    public record Moment(String text, String iso) {
        static Moment of(Instant at, ZoneId zone) {
            return new Moment(SHOWN.format(at.atZone(zone)), at.atZone(zone).toOffsetDateTime().toString());
        }
    }

    public record Update(IncidentStatus status, String bodyHtml, Moment at) {
    }

    static IncidentView of(PublicIncident incident, @Nullable Instant nextUpdate, ZoneId zone, Instant now) {
        return new IncidentView(incident.json().id(), incident.json().name(), incident.json().impact(), incident.status(),
                incident.json().components().stream().map(c -> c.name()).toList(),
                incident.updates().stream().map(u -> new Update(u.status(), Markdown.toHtml(u.body()),
                        Moment.of(u.publishedAt(), zone))).toList(),
                nextUpdate == null ? null : Moment.of(nextUpdate, zone), nextUpdate != null && !now.isBefore(nextUpdate));
    }

    public boolean resolved() {
        return status.closed();
    }
}
