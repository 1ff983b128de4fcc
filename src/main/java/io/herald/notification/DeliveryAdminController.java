package io.herald.notification;

import io.herald.incident.IncidentUpdateRepository;
import io.herald.security.Csrf;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.NotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** The workspace's Retry button under an update whose deliveries failed. */
@Controller("/admin/incidents")
@Secured("comms")
@Hidden
class DeliveryAdminController {

    private final IncidentUpdateRepository updates;
    private final RetryFailedDeliveries retry;

    DeliveryAdminController(IncidentUpdateRepository updates, RetryFailedDeliveries retry) {
        this.updates = updates;
        this.retry = retry;
    }

    @Post(value = "/{id}/updates/{updateId}/deliveries/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(long id, long updateId, @Body Map<String, String> form, Authentication auth,
                          HttpRequest<?> request) {
        Csrf.verify(auth, form);
        updates.findById(updateId).filter(u -> u.incidentId() == id)
                .orElseThrow(() -> new NotFoundException("Update", updateId + " of incident " + id));
        retry.retry("incident_update:" + updateId, Actor.of(auth, request));
        return AdminPages.seeOther("/admin/incidents/" + id + "#update-" + updateId);
    }
}
