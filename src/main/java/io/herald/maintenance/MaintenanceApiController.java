package io.herald.maintenance;

import io.herald.system.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/maintenances")
@Tag(name = "Maintenances")
class MaintenanceApiController {

    private final MaintenanceAdminViews views;
    private final ScheduleMaintenance scheduleMaintenance;
    private final PostMaintenanceUpdate postUpdate;

    MaintenanceApiController(MaintenanceAdminViews views, ScheduleMaintenance scheduleMaintenance,
                             PostMaintenanceUpdate postUpdate) {
        this.views = views;
        this.scheduleMaintenance = scheduleMaintenance;
        this.postUpdate = postUpdate;
    }

    @Get
    @Secured("viewer")
    List<MaintenanceAdminJson> list() {
        return views.all();
    }

    @Get("/{id}")
    @Secured("viewer")
    MaintenanceAdminJson show(long id) {
        return views.one(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured("comms")
    @Operation(summary = "Schedule a maintenance window with its first public message (name, body, scheduled_for"
            + " and scheduled_until required)")
    MaintenanceAdminJson schedule(@Body ScheduleMaintenanceRequest input, Authentication auth, HttpRequest<?> request) {
        return views.one(scheduleMaintenance.schedule(input, Actor.of(auth, request)).id());
    }

    @Post("/{id}/updates")
    @Status(HttpStatus.CREATED)
    @Secured("comms")
    @Operation(summary = "Post an update; a status moves the maintenance forward (in_progress, verifying, completed)")
    MaintenanceAdminJson update(long id, @Body PostMaintenanceUpdateRequest input, Authentication auth,
                                HttpRequest<?> request) {
        postUpdate.post(id, input, Actor.of(auth, request));
        return views.one(id);
    }
}
