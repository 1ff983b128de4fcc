package io.herald.statuspage;

import io.herald.system.PageSettings;

import io.herald.component.ComponentStatus;
import io.micronaut.core.annotation.Nullable;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the theme's status page template is given. Public so that themes compiled at run time see it.
 * {@code mailSubscriptions}: whether Herald can send mail, so that the page offers e-mail updates only then.
 */
public record StatusPageView(PageSettings page, PageStatus status, List<Item> items, ZonedDateTime updatedAt,
                             List<ComponentStatus> legend, List<IncidentView> activeIncidents,
                             List<MaintenanceView> activeMaintenances, List<MaintenanceView> upcomingMaintenances,
                             List<SubscribeOption> subscribeOptions, boolean mailSubscriptions) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    /** A component a visitor may subscribe to on its own. */
    public record SubscribeOption(String id, String name) {
    }

    /** A top-level row: a component, or a group with its components. */
    public record Item(String name, @Nullable String description, ComponentStatus status, boolean group,
                       List<Item> children, @Nullable UptimePeriod uptime) {
    }

    public String uptimeMethod() {
        return UptimeBars.METHOD;
    }

    /** e.g. "22 Nov 2026, 14:05 UTC" — always with the zone, so nobody has to guess. */
    public String updatedAtText() {
        return SHOWN.format(updatedAt);
    }

    public String updatedAtIso() {
        return updatedAt.toOffsetDateTime().toString();
    }
}
