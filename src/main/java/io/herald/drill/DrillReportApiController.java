package io.herald.drill;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@Controller("/api/v1/incidents")
@Tag(name = "Incidents")
class DrillReportApiController {

    private final LoadDrillReport report;

    DrillReportApiController(LoadDrillReport report) {
        this.report = report;
    }

    @Get("/{id}/drill-report")
    @Secured("viewer")
    @Operation(summary = "How a drill went: time to first update, the cadence kept, deliveries per channel "
            + "(409 for an incident that is not a drill)")
    DrillReport show(long id) {
        return report.load(id);
    }
}
