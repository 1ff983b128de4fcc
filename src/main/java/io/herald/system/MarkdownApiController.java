package io.herald.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A message rendered exactly as the page, the feeds and the mails will render it: the live preview's source. */
@Controller("/api/v1/markdown")
@Tag(name = "Markdown")
@Secured("viewer")
class MarkdownApiController {

    @Post
    @Operation(summary = "Render a message's Markdown as the status page shows it (links only to http, https and mailto;"
            + " raw HTML shown as text)")
    Rendered render(@Body MarkdownRequest request) {
        return new Rendered(Markdown.toHtml(Fields.optionalText("body", request.body(), 10_000).orElse("")));
    }

    @Serdeable
    record MarkdownRequest(@Nullable String body) {
    }

    @Serdeable
    record Rendered(String html) {
    }
}
