package io.herald.incident;

import io.herald.audit.RecordAudit;
import io.herald.component.ComponentStatus;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

/** Adds a template for a common update; every field is checked as an update's would be. */
@Singleton
public class SaveIncidentTemplate {

    private final IncidentTemplateRepository templates;
    private final RecordAudit audit;
    private final Clock clock;

    SaveIncidentTemplate(IncidentTemplateRepository templates, RecordAudit audit, Clock clock) {
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    public record Request(@Nullable String name, @Nullable String title, @Nullable String body, @Nullable String status,
                          @Nullable String impact, @Nullable String severity, @Nullable Map<String, String> components) {
    }

    @Transactional
    public IncidentTemplate save(Request request, Actor actor) {
        String name = Fields.requiredText("name", request.name(), 255);
        if (templates.listOrderByName().stream().anyMatch(t -> t.name().equalsIgnoreCase(name))) {
            throw new InvalidInputException("name", "There is already a template called " + name);
        }
        String components = request.components() == null ? null : request.components().entrySet().stream()
                .map(e -> Fields.optionalId("components", e.getKey()).orElseThrow() + "="
                        + ComponentStatus.parse("components", e.getValue()).code())
                .collect(Collectors.joining(","));
        IncidentTemplate saved = templates.save(new IncidentTemplate(null, name,
                Fields.requiredText("title", request.title(), 255),
                Fields.requiredText("body", request.body(), ReadUpdateInput.BODY_LIMIT),
                request.status() == null ? IncidentStatus.INVESTIGATING : IncidentStatus.parse("status", request.status()),
                request.impact() == null ? Impact.MINOR : Impact.parse("impact", request.impact()),
                request.severity() == null ? Severity.SEV3 : Severity.parse("severity", request.severity()),
                components == null || components.isEmpty() ? null : components, clock.instant()));
        audit.record(actor, "incident_template.create", "incident_template " + saved.id(), name);
        return saved;
    }
}
