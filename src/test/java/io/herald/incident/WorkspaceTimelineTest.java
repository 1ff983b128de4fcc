package io.herald.incident;

import io.herald.component.Component;
import io.herald.component.ComponentStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkspaceTimelineTest {

    private static final Instant T = Instant.parse("2026-12-07T18:00:00Z");

    @Test
    void aCancelledUpdateSortsByWhenItWasCancelledBelowTheResolutionThatCancelledIt() {
        var opened = row(1, T, T, null);
        var scheduled = row(2, T.plusSeconds(3600), null, T.plusSeconds(600));
        var resolved = row(3, T.plusSeconds(600), T.plusSeconds(600), null);
        var upcoming = row(4, T.plusSeconds(7200), null, null);
        assertEquals(List.of(4L, 3L, 2L, 1L), Stream.of(opened, scheduled, resolved, upcoming)
                .sorted(Workspace.UpdateRow.NEWEST_FIRST).map(r -> r.update().id()).toList());
    }

    @Test
    void componentsAreNamedAndADeletedOneSaysSo() {
        var detail = new Workspace.Detail(null, null, List.of(), List.of(new Component(4L, null, "Search", null,
                ComponentStatus.OPERATIONAL, 0, true, false, null, T, T)), List.of(), List.of(), "UTC", null);
        assertEquals("Search", detail.componentName(4));
        assertEquals("A deleted component (9)", detail.componentName(9));
    }

    private static Workspace.UpdateRow row(long id, Instant publishAt, Instant publishedAt, Instant cancelledAt) {
        return new Workspace.UpdateRow(new IncidentUpdate(id, 1, IncidentStatus.INVESTIGATING, "b", null, true, null,
                null, "ann", T, T, publishAt, publishedAt, cancelledAt), List.of(), List.of());
    }
}
