package io.herald.drill;

import io.herald.security.Viewer;
import io.herald.system.AdminPages;
import io.herald.system.ConflictException;
import io.herald.system.PageSettings;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** The drill report page, linked from a drill's workspace. */
@Controller("/admin/incidents")
@Hidden
class DrillReportAdminController {

    private final LoadDrillReport report;
    private final AdminPages pages;
    private final PageSettings page;

    DrillReportAdminController(LoadDrillReport report, AdminPages pages, PageSettings page) {
        this.report = report;
        this.pages = pages;
        this.page = page;
    }

    @Get("/{id}/drill-report")
    @Secured("viewer")
    HttpResponse<?> show(long id, Authentication auth) {
        Viewer viewer = Viewer.of(auth);
        try {
            return pages.ok("drill-report.jte", Map.of("view",
                    new DrillReportPage(viewer, id, report.load(id), null, page.timeZone())));
        } catch (ConflictException e) {
            return pages.page(HttpStatus.CONFLICT, "drill-report.jte", Map.of("view",
                    new DrillReportPage(viewer, id, null, e.getMessage(), page.timeZone())));
        }
    }
}
