package io.herald.incident;

import io.herald.system.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.authentication.Authentication;
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
    private final SaveIncidentTemplate saveTemplate;

    IncidentTemplateApiController(IncidentTemplateRepository templates, SaveIncidentTemplate saveTemplate) {
        this.templates = templates;
        this.saveTemplate = saveTemplate;
    }

    @Get
    @Secured("viewer")
    List<TemplateJson> list() {
        return templates.listOrderByName().stream().map(IncidentTemplateApiController::json).toList();
    }

    @Post
    @Status(HttpStatus.CREATED)
    @Secured("comms")
    TemplateJson create(@Body SaveIncidentTemplate.Request request, Authentication auth, HttpRequest<?> http) {
        return json(saveTemplate.save(request, Actor.of(auth, http)));
    }

    private static TemplateJson json(IncidentTemplate t) {
        return new TemplateJson(String.valueOf(t.id()), t.name(), t.title(), t.body(), t.status().code(),
                t.impact().code(), t.severity().code(), t.components());
    }

    @Serdeable
    record TemplateJson(String id, String name, String title, String body, String status, String impact,
                        String severity, @Nullable String components) {
    }
}
