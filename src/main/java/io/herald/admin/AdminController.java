package io.herald.admin;

import io.herald.audit.AuditEntry;
import io.herald.audit.AuditEntryRepository;
import io.herald.incident.AnyIncidentOpen;
import io.herald.security.Viewer;
import io.herald.system.AdminPages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

@Controller("/admin")
@Hidden
class AdminController {

    private static final int AUDIT_PAGE_SIZE = 50;

    private final AuditEntryRepository audit;
    private final AdminPages pages;
    private final AnyIncidentOpen anyIncidentOpen;

    AdminController(AuditEntryRepository audit, AdminPages pages, AnyIncidentOpen anyIncidentOpen) {
        this.audit = audit;
        this.pages = pages;
        this.anyIncidentOpen = anyIncidentOpen;
    }

    /**
     * Where a signed-in person starts (and lands after login): the incidents, which are the comms and response roles'
     * work; an admin too while an incident is open, and the components otherwise.
     */
    @Get
    @Secured("viewer")
    HttpResponse<?> home(Authentication auth) {
        boolean incidents = !Viewer.of(auth).can("admin") || anyIncidentOpen.now();
        return AdminPages.seeOther(incidents ? "/admin/incidents" : "/admin/components");
    }

    @Get("/audit")
    @Secured("admin")
    HttpResponse<?> audit(@Nullable @QueryValue Integer page, Authentication auth) {
        int number = page == null || page < 0 ? 0 : page;
        var entries = audit.findAll(Pageable.from(number, AUDIT_PAGE_SIZE, Sort.of(Sort.Order.desc("id"))));
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("entries", entries);
        return pages.ok("audit.jte", params);
    }

    @Get("/forbidden")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> forbidden(Authentication auth) {
        return pages.page(HttpStatus.FORBIDDEN, "forbidden.jte", Map.of("viewer", Viewer.of(auth)));
    }
}
