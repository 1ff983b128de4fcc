package io.herald.component;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.herald.system.Timestamps;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A component (or a group, listed as a component) in the Statuspage v2 shape. */
@Serdeable
public record ComponentJson(
        String id,
        String name,
        String status,
        String createdAt,
        String updatedAt,
        int position,
        @Nullable String description,
        boolean showcase,
        @Nullable String startDate,
        @Nullable String groupId,
        String pageId,
        boolean group,
        boolean onlyShowIfDegraded,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> components) {

    public static ComponentJson of(Component c, String pageId) {
        return new ComponentJson(String.valueOf(c.id()), c.name(), c.status().code(), Timestamps.iso(c.createdAt()),
                Timestamps.iso(c.updatedAt()), c.position(), c.description(), c.showcase(),
                c.startDate() == null ? null : c.startDate().toString(),
                c.groupId() == null ? null : GROUP_ID_PREFIX + c.groupId(), pageId, false, c.onlyShowIfDegraded(), null);
    }

    /** A group's status is its worst member's; its time is its latest member's change. */
    public static ComponentJson of(ComponentGroup g, List<Component> members, String pageId) {
        ComponentStatus worst = members.stream().map(Component::status)
                .reduce(ComponentStatus.OPERATIONAL, ComponentJson::worse);
        Instant updated = members.stream().map(Component::updatedAt).reduce(g.updatedAt(),
                (a, b) -> a.isAfter(b) ? a : b);
        return new ComponentJson(groupId(g), g.name(), worst.code(), Timestamps.iso(g.createdAt()),
                Timestamps.iso(updated), g.position(), g.description(), false, null, null, pageId, true, false,
                members.stream().map(member -> String.valueOf(member.id())).toList());
    }

    // Groups and components share one list in the Statuspage format, so their ids must not collide.
    public static final String GROUP_ID_PREFIX = "group-";

    public static String groupId(ComponentGroup g) {
        return GROUP_ID_PREFIX + g.id();
    }

    private static ComponentStatus worse(ComponentStatus a, ComponentStatus b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
