package io.herald.subscriber;

import io.herald.statuspage.ThemeTemplates;
import io.herald.system.PageSettings;
import io.micronaut.core.annotation.Nullable;
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
 * A subscriber's own links. The token in the path is the capability, so these need no login and no
 * cookie: RFC 8058 one-click unsubscribe is a bare POST from the mail client.
 */
@Controller("/subscriptions/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SubscriptionController {

    private static final String INVALID = "This link is not valid.";

    private final SubscriberRepository subscribers;
    private final Unsubscribe unsubscribe;
    private final ThemeTemplates theme;
    private final PageSettings page;

    SubscriptionController(SubscriberRepository subscribers, Unsubscribe unsubscribe, ThemeTemplates theme,
                           PageSettings page) {
        this.subscribers = subscribers;
        this.unsubscribe = unsubscribe;
        this.theme = theme;
        this.page = page;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> manage(String token) {
        return subscribers.findByToken(token)
                .<HttpResponse<?>>map(s -> s.unsubscribedAt() != null
                        ? show(HttpStatus.OK, s.email() + " is unsubscribed.", null)
                        : show(HttpStatus.OK, "Updates of " + page.name() + " go to " + s.email() + ".",
                        "/subscriptions/" + token + "/unsubscribe"))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, INVALID, null));
    }

    @Post(value = "/unsubscribe", consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unsubscribe(String token) {
        return unsubscribe.unsubscribe(token)
                .<HttpResponse<?>>map(s -> show(HttpStatus.OK, s.email() + " will get no more updates from " + page.name() + ".", null))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, INVALID, null));
    }

    private HttpResponse<?> show(HttpStatus status, String message, @Nullable String unsubscribeAction) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("unsubscribeAction", unsubscribeAction);
        return HttpResponse.status(status).body(theme.render("subscription.jte", params))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
