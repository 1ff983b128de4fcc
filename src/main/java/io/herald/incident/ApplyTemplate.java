package io.herald.incident;

import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Fills what a request leaves out from a template; what the request says always wins. */
@Singleton
class ApplyTemplate {

    private final IncidentTemplateRepository templates;

    ApplyTemplate(IncidentTemplateRepository templates) {
        this.templates = templates;
    }

    CreateIncidentRequest toOpening(CreateIncidentRequest in) {
        return find(in.template()).map(t -> new CreateIncidentRequest(or(in.name(), t.title()),
                or(in.status(), t.status().code()), or(in.impact(), t.impact().code()),
                or(in.severity(), t.severity().code()), or(in.body(), t.body()),
                in.components() != null ? in.components() : components(t), in.deliverNotifications(), in.internalNote(),
                in.publishAt(), in.customTweet(), in.drill(), in.pointUserId(), in.commsUserId(),
                in.updateIntervalMinutes(), in.showNextUpdate(), in.resolveComponents(), null, in.businessImpact(),
                in.nextSteps())).orElse(in);
    }

    PostIncidentUpdateRequest toUpdate(PostIncidentUpdateRequest in) {
        return find(in.template()).map(t -> new PostIncidentUpdateRequest(or(in.status(), t.status().code()),
                or(in.body(), t.body()), in.components() != null ? in.components() : components(t),
                in.deliverNotifications(), in.internalNote(), in.publishAt(), in.customTweet(), in.resolveComponents(),
                null, in.businessImpact(), in.nextSteps())).orElse(in);
    }

    // No template (or an empty id) is fine; one that does not exist is a mistake to point out.
    private Optional<IncidentTemplate> find(@Nullable String templateId) {
        return Fields.optionalId("template", templateId).map(id -> templates.findById(id).orElseThrow(
                () -> new InvalidInputException("template", "There is no incident template with id " + id)));
    }

    private static @Nullable Map<String, String> components(IncidentTemplate t) {
        if (t.components() == null || t.components().isBlank()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : t.components().split(",")) {
            String[] parts = pair.split("=", 2);
            map.put(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "");
        }
        return map;
    }

    private static @Nullable String or(@Nullable String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }
}
