package io.herald.incident;

import io.herald.system.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/v1/incidents")
@Tag(name = "Incidents")
class IncidentApiController {

    private final IncidentAdminViews views;
    private final CreateIncident createIncident;
    private final PostIncidentUpdate postUpdate;
    private final ChangeIncident changeIncident;
    private final EditUpdateMessage editMessage;
    private final DeleteIncidentUpdate deleteUpdate;

    IncidentApiController(IncidentAdminViews views, CreateIncident createIncident, PostIncidentUpdate postUpdate,
                          ChangeIncident changeIncident, EditUpdateMessage editMessage, DeleteIncidentUpdate deleteUpdate) {
        this.views = views;
        this.createIncident = createIncident;
        this.postUpdate = postUpdate;
        this.changeIncident = changeIncident;
        this.editMessage = editMessage;
        this.deleteUpdate = deleteUpdate;
    }

    @Get
    @Secured("viewer")
    List<IncidentAdminJson> list() {
        return views.all();
    }

    @Get("/{id}")
    @Secured("viewer")
    IncidentAdminJson show(long id) {
        return views.one(id);
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured("comms")
    @Operation(summary = "Open an incident with its first public message (name and body required)")
    IncidentAdminJson create(@Body CreateIncidentRequest input, Authentication auth, HttpRequest<?> request) {
        return views.one(createIncident.create(input, Actor.of(auth, request)).id());
    }

    @Post("/{id}/updates")
    @Status(HttpStatus.CREATED)
    @Secured("comms")
    @Operation(summary = "Post an update now, or at publish_at")
    IncidentAdminJson update(long id, @Body PostIncidentUpdateRequest input, Authentication auth,
                             HttpRequest<?> request) {
        postUpdate.post(id, input, Actor.of(auth, request));
        return views.one(id);
    }

    @Patch("/{id}")
    @Secured("comms")
    @Operation(summary = "Change name, impact, severity, owners or cadence; a body or status also posts an update")
    IncidentAdminJson change(long id, @Body ChangeIncidentRequest input, Authentication auth, HttpRequest<?> request) {
        return views.one(changeIncident.change(id, input, Actor.of(auth, request)).id());
    }

    @Patch("/{id}/updates/{updateId}")
    @Secured("comms")
    @Operation(summary = "Correct a posted message; the earlier text is kept on record")
    IncidentAdminJson editMessage(long id, long updateId, @Body EditUpdateMessageRequest input, Authentication auth,
                                  HttpRequest<?> request) {
        editMessage.edit(id, updateId, input, Actor.of(auth, request));
        return views.one(id);
    }

    @Delete("/{id}/updates/{updateId}")
    @Secured("admin")
    @Operation(summary = "Remove an update (admins only; recorded in the audit log)")
    IncidentAdminJson deleteUpdate(long id, long updateId, Authentication auth, HttpRequest<?> request) {
        deleteUpdate.delete(id, updateId, Actor.of(auth, request));
        return views.one(id);
    }
}
