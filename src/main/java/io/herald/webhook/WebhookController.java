package io.herald.webhook;

import io.herald.statuspage.ThemeTemplates;
import io.herald.system.PageSettings;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/**
 * The public side of webhooks: the documentation page that every payload links to, and the unsubscribe link.
 * The token in the path is the capability, so unsubscribing is a bare POST with no login and no cookie.
 */
@Controller("/webhooks")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class WebhookController {

    private final UnsubscribeWebhook unsubscribe;
    private final ThemeTemplates theme;
    private final PageSettings page;

    WebhookController(UnsubscribeWebhook unsubscribe, ThemeTemplates theme, PageSettings page) {
        this.unsubscribe = unsubscribe;
        this.theme = theme;
        this.page = page;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> documentation() {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        return HttpResponse.ok(theme.render("webhooks.jte", params)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "public, max-age=300");
    }

    @Post(value = "/{token}/unsubscribe", consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unsubscribe(String token) {
        return unsubscribe.unsubscribe(token)
                .<HttpResponse<?>>map(s -> show(HttpStatus.OK, s.url() + " will get no more updates from "
                        + page.name() + "."))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, "This link is not valid."));
    }

    private HttpResponse<?> show(HttpStatus status, String message) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("actionUrl", null);
        params.put("actionLabel", null);
        return HttpResponse.status(status).body(theme.render("subscription.jte", params))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
