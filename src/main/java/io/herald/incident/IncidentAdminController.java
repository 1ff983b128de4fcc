package io.herald.incident;

import io.herald.security.Csrf;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.herald.system.PageSettings;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;
import java.util.function.Supplier;

/** The comms workspace: open incidents, their cadence, and the forms to post and correct updates. */
@Controller("/admin/incidents")
@Hidden
class IncidentAdminController {

    private final LoadWorkspace workspace;
    private final CreateIncident createIncident;
    private final PostIncidentUpdate postUpdate;
    private final ChangeIncident changeIncident;
    private final EditUpdateMessage editMessage;
    private final DeleteIncidentUpdate deleteUpdate;
    private final AdminPages pages;
    private final PageSettings page;

    IncidentAdminController(LoadWorkspace workspace, CreateIncident createIncident, PostIncidentUpdate postUpdate,
                            ChangeIncident changeIncident, EditUpdateMessage editMessage,
                            DeleteIncidentUpdate deleteUpdate, AdminPages pages, PageSettings page) {
        this.workspace = workspace;
        this.createIncident = createIncident;
        this.postUpdate = postUpdate;
        this.changeIncident = changeIncident;
        this.editMessage = editMessage;
        this.deleteUpdate = deleteUpdate;
        this.pages = pages;
        this.page = page;
    }

    @Get
    @Secured("viewer")
    HttpResponse<?> dashboard(Authentication auth) {
        return dashboardPage(auth, HttpStatus.OK, null);
    }

    @Get("/{id}")
    @Secured("viewer")
    HttpResponse<?> detail(long id, Authentication auth) {
        return detailPage(id, auth, HttpStatus.OK, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> open(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        try {
            Incident incident = createIncident.create(IncidentForm.opening(form), Actor.of(auth, request));
            return AdminPages.seeOther("/admin/incidents/" + incident.id());
        } catch (InvalidInputException e) {
            return dashboardPage(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Post(value = "/{id}/updates", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> post(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(id, auth, form, () -> postUpdate.post(id, IncidentForm.update(form, page.zone()),
                Actor.of(auth, request)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> change(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(id, auth, form, () -> changeIncident.change(id, IncidentForm.change(form),
                Actor.of(auth, request)));
    }

    @Post(value = "/{id}/updates/{updateId}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> edit(long id, long updateId, @Body Map<String, String> form, Authentication auth,
                         HttpRequest<?> request) {
        return submit(id, auth, form, () -> editMessage.edit(id, updateId, IncidentForm.correction(form),
                Actor.of(auth, request)));
    }

    @Post(value = "/{id}/updates/{updateId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("admin")
    HttpResponse<?> delete(long id, long updateId, @Body Map<String, String> form, Authentication auth,
                           HttpRequest<?> request) {
        return submit(id, auth, form, () -> {
            deleteUpdate.delete(id, updateId, Actor.of(auth, request));
            return null;
        });
    }

    private HttpResponse<?> submit(long id, Authentication auth, Map<String, String> form, Supplier<?> action) {
        Csrf.verify(auth, form);
        try {
            action.get();
            return AdminPages.seeOther("/admin/incidents/" + id);
        } catch (InvalidInputException e) {
            return detailPage(id, auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    private HttpResponse<?> dashboardPage(Authentication auth, HttpStatus status, @Nullable String error) {
        return pages.page(status, "incidents.jte", Map.of("view", workspace.dashboard(Viewer.of(auth), error)));
    }

    private HttpResponse<?> detailPage(long id, Authentication auth, HttpStatus status, @Nullable String error) {
        return pages.page(status, "incident.jte", Map.of("view", workspace.detail(id, Viewer.of(auth), error)));
    }
}
