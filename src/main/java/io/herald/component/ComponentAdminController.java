package io.herald.component;

import io.herald.security.Csrf;
import io.herald.security.Viewer;
import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
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

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The admin pages for components and groups: responders change statuses, admins change the structure. */
@Controller("/admin")
@Hidden
class ComponentAdminController {

    private static final String PAGE = "/admin/components";

    private final ComponentRepository components;
    private final ComponentGroupRepository groups;
    private final CreateComponent createComponent;
    private final UpdateComponent updateComponent;
    private final ChangeComponentStatus changeStatus;
    private final DeleteComponent deleteComponent;
    private final CreateComponentGroup createGroup;
    private final DeleteComponentGroup deleteGroup;
    private final AdminPages pages;

    ComponentAdminController(ComponentRepository components, ComponentGroupRepository groups,
                             CreateComponent createComponent, UpdateComponent updateComponent,
                             ChangeComponentStatus changeStatus, DeleteComponent deleteComponent,
                             CreateComponentGroup createGroup, DeleteComponentGroup deleteGroup, AdminPages pages) {
        this.components = components;
        this.groups = groups;
        this.createComponent = createComponent;
        this.updateComponent = updateComponent;
        this.changeStatus = changeStatus;
        this.deleteComponent = deleteComponent;
        this.createGroup = createGroup;
        this.deleteGroup = deleteGroup;
        this.pages = pages;
    }

    @Get("/components")
    @Secured("viewer")
    HttpResponse<?> list(Authentication auth) {
        return page(auth, HttpStatus.OK, null);
    }

    @Post(value = "/components", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("admin")
    HttpResponse<?> create(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> createComponent.create(input(form), Actor.of(auth, request)));
    }

    @Post(value = "/components/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("admin")
    HttpResponse<?> edit(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> updateComponent.update(id, input(form), Actor.of(auth, request)));
    }

    @Post(value = "/components/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("responder")
    HttpResponse<?> status(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> changeStatus.change(id,
                ComponentStatus.parse("status", form.getOrDefault("status", "")), form.get("reason"),
                Actor.of(auth, request)));
    }

    @Post(value = "/components/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("admin")
    HttpResponse<?> delete(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> {
            deleteComponent.delete(id, Actor.of(auth, request));
            return null;
        });
    }

    @Post(value = "/component-groups", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("admin")
    HttpResponse<?> createGroup(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> createGroup.create(new ComponentGroupInput(form.get("name"),
                form.get("description"), position(form), null), Actor.of(auth, request)));
    }

    @Post(value = "/component-groups/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("admin")
    HttpResponse<?> deleteGroup(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> {
            deleteGroup.delete(id, Actor.of(auth, request));
            return null;
        });
    }

    private HttpResponse<?> submit(Authentication auth, Map<String, String> form, Supplier<?> action) {
        Csrf.verify(auth, form);
        try {
            action.get();
            return AdminPages.seeOther(PAGE);
        } catch (InvalidInputException e) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
        }
    }

    private HttpResponse<?> page(Authentication auth, HttpStatus status, @Nullable String error) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("components", components.listOrderByPositionAscAndIdAsc());
        params.put("groups", groups.listOrderByPositionAscAndIdAsc());
        params.put("statuses", Arrays.asList(ComponentStatus.values()));
        params.put("error", error);
        return pages.page(status, "components.jte", params);
    }

    // An HTML checkbox sends nothing when unticked, so a form always states both flags.
    private static ComponentInput input(Map<String, String> form) {
        return new ComponentInput(form.get("name"), form.getOrDefault("description", ""), form.get("status"),
                form.getOrDefault("group_id", ""), position(form), form.containsKey("showcase"),
                form.containsKey("only_show_if_degraded"), form.getOrDefault("start_date", ""), null);
    }

    private static @Nullable Integer position(Map<String, String> form) {
        String value = form.get("position");
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("position", "position must be a whole number");
        }
    }
}
