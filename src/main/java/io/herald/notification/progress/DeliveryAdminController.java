package io.herald.notification.progress;

import io.herald.notification.announce.AnnouncementSources;
import io.herald.security.Csrf;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
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

/** The Retry button under an incident's or a maintenance's update whose deliveries failed. */
@Controller("/admin")
@Secured("comms")
@Hidden
class DeliveryAdminController {

    private final AnnouncementSources sources;
    private final RetryFailedDeliveries retry;

    DeliveryAdminController(AnnouncementSources sources, RetryFailedDeliveries retry) {
        this.sources = sources;
        this.retry = retry;
    }

    @Post(value = "/incidents/{id}/updates/{updateId}/deliveries/retry", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retry(long id, long updateId, @Body Map<String, String> form, Authentication auth,
                          HttpRequest<?> request) {
        Csrf.verify(auth, form);
        retry.retry(sources.incidentUpdate(id, updateId), Actor.of(auth, request));
        return AdminPages.seeOther("/admin/incidents/" + id + "#update-" + updateId);
    }

    @Post(value = "/maintenances/{id}/updates/{updateId}/deliveries/retry",
            consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> retryMaintenance(long id, long updateId, @Body Map<String, String> form, Authentication auth,
                                     HttpRequest<?> request) {
        Csrf.verify(auth, form);
        retry.retry(sources.maintenanceUpdate(id, updateId), Actor.of(auth, request));
        return AdminPages.seeOther("/admin/maintenances#maintenance-" + id);
    }
}
