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
    private final ConfirmSubscription confirmSubscription;
    private final ThemeTemplates theme;
    private final PageSettings page;

    SubscriptionController(SubscriberRepository subscribers, Unsubscribe unsubscribe,
                           ConfirmSubscription confirmSubscription, ThemeTemplates theme, PageSettings page) {
        this.subscribers = subscribers;
        this.unsubscribe = unsubscribe;
        this.confirmSubscription = confirmSubscription;
        this.theme = theme;
        this.page = page;
    }

    @Get(produces = MediaType.TEXT_HTML)
    HttpResponse<?> manage(String token) {
        return subscribers.findByToken(token)
                .<HttpResponse<?>>map(s -> s.unsubscribedAt() != null
                        ? show(HttpStatus.OK, s.email() + " is unsubscribed.", null, null)
                        : show(HttpStatus.OK, "Updates of " + page.name() + " go to " + s.email() + ".",
                        "/subscriptions/" + token + "/unsubscribe", "Unsubscribe"))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, INVALID, null, null));
    }

    /** A page with a button, not a bare GET: mail scanners open links, and must not confirm for anyone. */
    @Get(value = "/confirm", produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirmPage(String token) {
        return subscribers.findByToken(token)
                .<HttpResponse<?>>map(s -> show(HttpStatus.OK, "Confirm that " + s.email() + " should get updates of "
                        + page.name() + ".", "/subscriptions/" + token + "/confirm", "Confirm"))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, INVALID, null, null));
    }

    @Post(value = "/confirm", consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
    HttpResponse<?> confirm(String token) {
        return confirmSubscription.confirm(token)
                .<HttpResponse<?>>map(s -> show(HttpStatus.OK, "Thank you: " + s.email() + " now gets updates of "
                        + page.name() + ".", null, null))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, INVALID, null, null));
    }

    @Post(value = "/unsubscribe", consumes = MediaType.ALL, produces = MediaType.TEXT_HTML)
    HttpResponse<?> unsubscribe(String token) {
        return unsubscribe.unsubscribe(token)
                .<HttpResponse<?>>map(s -> show(HttpStatus.OK, s.email() + " will get no more updates from " + page.name() + ".",
                        null, null))
                .orElseGet(() -> show(HttpStatus.NOT_FOUND, INVALID, null, null));
    }

    private HttpResponse<?> show(HttpStatus status, String message, @Nullable String actionUrl,
                                 @Nullable String actionLabel) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("actionUrl", actionUrl);
        params.put("actionLabel", actionLabel);
        return HttpResponse.status(status).body(theme.render("subscription.jte", params))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
