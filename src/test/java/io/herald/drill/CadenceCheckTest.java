package io.herald.drill;

import io.herald.incident.IncidentStatus;
import io.herald.incident.IncidentUpdate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CadenceCheckTest {

    private static final Instant OPENED = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void anUpdateExactlyAtItsDueTimeIsOnTimeAndNothingIsOwedAfterResolving() {
        var result = CadenceCheck.check(List.of(update(1, IncidentStatus.INVESTIGATING, 0),
                update(2, IncidentStatus.IDENTIFIED, 30), update(3, IncidentStatus.RESOLVED, 61),
                update(4, IncidentStatus.POSTMORTEM, 600)), Optional.of(Duration.ofMinutes(30)));
        assertEquals(Arrays.asList(null, true, false, null), result.updates().stream()
                .map(DrillReport.UpdateTiming::onTime).toList());
        assertEquals(Arrays.asList(null, 1800L, 1860L, 32340L), result.updates().stream()
                .map(DrillReport.UpdateTiming::secondsSincePrevious).toList(), "the gap is shown after resolving too");
        assertEquals(1, result.onTime());
        assertEquals(1, result.late());
        assertEquals(1860L, result.longestGapSeconds(), "but the time after resolving is no gap in the cadence");
    }

    @Test
    void withoutACadenceGapsAreMeasuredButNotJudged() {
        var result = CadenceCheck.check(List.of(update(1, IncidentStatus.INVESTIGATING, 0),
                update(2, IncidentStatus.MONITORING, 90)), Optional.empty());
        assertNull(result.updates().get(1).onTime());
        assertNull(result.updates().get(1).dueAt());
        assertEquals(0, result.onTime() + result.late());
        assertEquals(5400L, result.longestGapSeconds());
        assertNull(CadenceCheck.check(List.of(), Optional.empty()).longestGapSeconds(), "no update, no gap");
    }

    private static IncidentUpdate update(long id, IncidentStatus status, int minute) {
        Instant at = OPENED.plus(Duration.ofMinutes(minute));
        return new IncidentUpdate(id, 1, status, "Update " + id, null, true, null, null, "comms", at, at, at, at, null);
    }
}
