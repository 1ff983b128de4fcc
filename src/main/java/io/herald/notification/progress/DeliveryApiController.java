package io.herald.notification.progress;

import io.herald.notification.announce.AnnouncementSources;
import io.herald.system.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Map;

/** How an update's deliveries stand, per channel, and a retry of the failed ones. */
@Controller("/api/v1")
@Tag(name = "Deliveries")
@Secured("viewer")
class DeliveryApiController {

    private final AnnouncementSources sources;
    private final LoadDeliveryProgress progress;
    private final RetryFailedDeliveries retry;

    DeliveryApiController(AnnouncementSources sources, LoadDeliveryProgress progress, RetryFailedDeliveries retry) {
        this.sources = sources;
        this.progress = progress;
        this.retry = retry;
    }

    @Get("/incidents/{id}/updates/{updateId}/deliveries")
    @Operation(summary = "Deliveries of an incident update per channel (queued, sent, retrying, failed) and the failures")
    DeliveryProgress incidentUpdate(long id, long updateId) {
        return progress.load(sources.incidentUpdate(id, updateId));
    }

    @Post("/incidents/{id}/updates/{updateId}/deliveries/retry")
    @Secured("comms")
    @Operation(summary = "Queue the failed deliveries of an incident update again")
    Map<String, Integer> retryIncidentUpdate(long id, long updateId, Authentication auth, HttpRequest<?> request) {
        return Map.of("requeued", retry.retry(sources.incidentUpdate(id, updateId), Actor.of(auth, request)));
    }

    @Get("/maintenances/{id}/updates/{updateId}/deliveries")
    @Operation(summary = "Deliveries of a maintenance update per channel and the failures")
    DeliveryProgress maintenanceUpdate(long id, long updateId) {
        return progress.load(sources.maintenanceUpdate(id, updateId));
    }

    @Post("/maintenances/{id}/updates/{updateId}/deliveries/retry")
    @Secured("comms")
    @Operation(summary = "Queue the failed deliveries of a maintenance update again")
    Map<String, Integer> retryMaintenanceUpdate(long id, long updateId, Authentication auth, HttpRequest<?> request) {
        return Map.of("requeued", retry.retry(sources.maintenanceUpdate(id, updateId), Actor.of(auth, request)));
    }

}
