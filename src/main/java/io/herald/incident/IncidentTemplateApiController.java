package io.herald.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

/** The templates, by id: pass {@code "template": "<id>"} when opening an incident or posting an update. */
@Controller("/api/v1/incident-templates")
@Tag(name = "Incidents")
class IncidentTemplateApiController {

    private final IncidentTemplateRepository templates;

    IncidentTemplateApiController(IncidentTemplateRepository templates) {
        this.templates = templates;
    }

    @Get
    @Secured("viewer")
    List<TemplateJson> list() {
        return templates.listOrderByName().stream().map(t -> new TemplateJson(String.valueOf(t.id()), t.name(),
                t.title(), t.body(), t.status().code(), t.impact().code(), t.severity().code(), t.components())).toList();
    }

    @Serdeable
    record TemplateJson(String id, String name, String title, String body, String status, String impact,
                        String severity, @Nullable String components) {
    }
}
