package io.herald.maintenance;

import io.herald.component.ComponentRepository;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Maintenance in the admin UI: the schedule, a form to plan one, and updates as the work goes on. */
@Controller("/admin/maintenances")
@Hidden
class MaintenanceAdminController {

    private static final String PAGE = "/admin/maintenances";

    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository updates;
    private final ComponentRepository components;
    private final ScheduleMaintenance schedule;
    private final PostMaintenanceUpdate postUpdate;
    private final AdminPages pages;
    private final PageSettings page;

    MaintenanceAdminController(MaintenanceRepository maintenances, MaintenanceUpdateRepository updates,
                               ComponentRepository components, ScheduleMaintenance schedule,
                               PostMaintenanceUpdate postUpdate, AdminPages pages, PageSettings page) {
        this.maintenances = maintenances;
        this.updates = updates;
        this.components = components;
        this.schedule = schedule;
        this.postUpdate = postUpdate;
        this.pages = pages;
        this.page = page;
    }

    @Get
    @Secured("viewer")
    HttpResponse<?> list(Authentication auth) {
        return page(auth, HttpStatus.OK, null);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> schedule(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> schedule.schedule(MaintenanceForm.schedule(form, page.zone()),
                Actor.of(auth, request)));
    }

    @Post(value = "/{id}/updates", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured("comms")
    HttpResponse<?> update(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        return submit(auth, form, () -> postUpdate.post(id, MaintenanceForm.update(form), Actor.of(auth, request)));
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
        List<Maintenance> all = maintenances.listOrderByScheduledForDescAndIdDesc();
        Map<Long, List<MaintenanceUpdate>> byMaintenance = new HashMap<>();
        if (!all.isEmpty()) {
            updates.findByMaintenanceIdInOrderByPublishAtDescAndIdDesc(all.stream().map(Maintenance::id).toList())
                    .forEach(u -> byMaintenance.computeIfAbsent(u.maintenanceId(), k -> new ArrayList<>()).add(u));
        }
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("maintenances", all);
        params.put("updates", byMaintenance);
        params.put("components", components.listOrderByPositionAscAndIdAsc());
        params.put("statuses", Arrays.asList(MaintenanceStatus.values()));
        params.put("zone", page.timeZone());
        params.put("error", error);
        return pages.page(status, "maintenances.jte", params);
    }
}
