package io.herald.drill;

import io.herald.notification.progress.DeliveryProgress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * How the comms side performed in a drill: how long the first update took from the incident's creation, each
 * posted update against the cadence, and where the drill's deliveries stand per channel, with the failures.
 * Times are ISO-8601, durations whole seconds.
 */
@Serdeable
public record DrillReport(String incidentId, String name, String status, String createdAt,
                          @Nullable String firstUpdateAt, @Nullable Long secondsToFirstUpdate,
                          @Nullable Integer cadenceMinutes, List<UpdateTiming> updates, CadenceKept cadence,
                          DeliveryProgress deliveries) {

    /**
     * One posted update, oldest first. The gap since the previous update; while the incident was open before it,
     * when the cadence had it due and whether it came by then (null where no cadence applied).
     */
    @Serdeable
    public record UpdateTiming(String id, String status, String postedAt, @Nullable Long secondsSincePrevious,
                               @Nullable String dueAt, @Nullable Boolean onTime) {
    }

    /**
     * Updates that came on time and late, the longest gap between updates while the incident was open, and whether
     * the next update is overdue now (an open drill gone quiet).
     */
    @Serdeable
    public record CadenceKept(int onTime, int late, @Nullable Long longestGapSeconds, boolean overdueNow) {
    }
}
