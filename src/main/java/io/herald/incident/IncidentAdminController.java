package io.herald.incident;

import io.herald.security.Csrf;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.herald.system.PageSettings;
import io.herald.system.TimeText;
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

import java.util.LinkedHashMap;
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
            Incident incident = createIncident.create(new CreateIncidentRequest(form.get("name"),
                    blank(form, "status"), blank(form, "impact"), blank(form, "severity"), form.get("body"),
                    components(form), form.containsKey("deliver_notifications"), blank(form, "internal_note"), null,
                    blank(form, "custom_tweet"), form.containsKey("drill"), blank(form, "point_user_id"),
                    blank(form, "comms_user_id"), minutes(form), true, false, blank(form, "template"),
                    blank(form, "business_impact"), blank(form, "next_steps")), Actor.of(auth, request));
            return AdminPages.seeOther("/admin/incidents/" + incident.id());
        } catch (InvalidInputException e) {
            return dashboardPage(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    @Post(value = "/{id}/updates", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> post(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(id, auth, form, () -> postUpdate.post(id, new PostIncidentUpdateRequest(
                blank(form, "status"), form.get("body"), components(form), form.containsKey("deliver_notifications"),
                blank(form, "internal_note"), publishAt(form), blank(form, "custom_tweet"),
                form.containsKey("resolve_components"),
                blank(form, "template"), blank(form, "business_impact"), blank(form, "next_steps")),
                Actor.of(auth, request)));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> change(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(id, auth, form, () -> changeIncident.change(id, ChangeIncidentRequest.ownFields(
                form.get("name"), blank(form, "impact"), blank(form, "severity"),
                form.getOrDefault("point_user_id", ""), form.getOrDefault("comms_user_id", ""), minutes(form),
                form.containsKey("show_next_update")),
                Actor.of(auth, request)));
    }

    @Post(value = "/{id}/updates/{updateId}/edit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> edit(long id, long updateId, @Body Map<String, String> form, Authentication auth,
                         HttpRequest<?> request) {
        return submit(id, auth, form, () -> editMessage.edit(id, updateId,
                EditUpdateMessageRequest.correcting(form.get("body")), Actor.of(auth, request)));
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

    // Form fields component_<id> carry the status to set; an empty choice leaves the component alone.
    private static @Nullable Map<String, String> components(Map<String, String> form) {
        Map<String, String> chosen = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("component_") && value != null && !value.isBlank()) {
                chosen.put(key.substring("component_".length()), value);
            }
        });
        return chosen.isEmpty() ? null : chosen;
    }

    private @Nullable String publishAt(Map<String, String> form) {
        return TimeText.fromLocalInput("publish_at", form.get("publish_at"), page.zone());
    }

    private static @Nullable Integer minutes(Map<String, String> form) {
        String value = blank(form, "update_interval_minutes");
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("update_interval_minutes", "update_interval_minutes must be a whole number");
        }
    }

    private static @Nullable String blank(Map<String, String> form, String key) {
        String value = form.get(key);
        return value == null || value.isBlank() ? null : value;
    }
}
