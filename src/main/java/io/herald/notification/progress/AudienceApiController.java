package io.herald.notification.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** How many a public update about some components would reach, before it is posted. */
@Controller("/api/v1/audience")
@Tag(name = "Deliveries")
@Secured("viewer")
class AudienceApiController {

    private final CountAudience count;

    AudienceApiController(CountAudience count) {
        this.count = count;
    }

    @Get
    @Operation(summary = "Count who a public update about these components (ids, comma-separated) would reach now:"
            + " e-mail subscribers, webhooks, public chat channels, and whether it would be tweeted")
    AudienceCount audience(@Nullable @QueryValue String components) {
        return count.count(components == null ? "" : components);
    }
}
