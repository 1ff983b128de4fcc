package io.herald.webhook;

import io.herald.statuspage.ThemeTemplates;
import io.herald.subscriber.SubscribeRateLimit;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.herald.system.PageSettings;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The status page's webhook form. Anonymous like the e-mail form; the challenge keeps it from being used to
 * point Herald at someone else's URL, and the shared rate limit from being used to make Herald knock often.
 */
@Controller("/subscribe/webhook")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class WebhookSubscribeController {

    private final SubscribeWebhook subscribe;
    private final SubscribeRateLimit rateLimit;
    private final ThemeTemplates theme;
    private final PageSettings page;

    WebhookSubscribeController(SubscribeWebhook subscribe, SubscribeRateLimit rateLimit, ThemeTemplates theme,
                               PageSettings page) {
        this.subscribe = subscribe;
        this.rateLimit = rateLimit;
        this.theme = theme;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> subscribe(@Body Map<String, String> form, HttpRequest<?> request) {
        String url = form.getOrDefault("url", "").strip();
        String client = request.getRemoteAddress().getAddress().getHostAddress();
        if (!rateLimit.allow(client, url)) {
            return failed(HttpStatus.TOO_MANY_REQUESTS, "Too many requests from here or for this URL. "
                    + "Please try again in a few minutes.");
        }
        WebhookSubscriber subscriber;
        try {
            // The challenge is a blocking call of up to 10 s; this runs on the I/O pool (thread-selection AUTO).
            subscriber = subscribe.subscribe(url, components(form), true, Optional.empty());
        } catch (InvalidInputException e) {
            return failed(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage() + ". Please go back and check it.");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("url", subscriber.url());
        params.put("secret", subscriber.secret());
        params.put("unsubscribeUrl", page.url() + "/webhooks/" + subscriber.token() + "/unsubscribe");
        return html(HttpStatus.OK, theme.render("webhook-subscribed.jte", params));
    }

    // Ticked boxes arrive as component_<id>; none ticked means every component.
    private static List<Long> components(Map<String, String> form) {
        return form.keySet().stream().filter(key -> key.startsWith("component_"))
                .map(key -> Fields.optionalId("components", key.substring("component_".length()))
                        .orElseThrow(() -> new InvalidInputException("components", "A component id is missing")))
                .toList();
    }

    private HttpResponse<?> failed(HttpStatus status, String message) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("actionUrl", null);
        params.put("actionLabel", null);
        return html(status, theme.render("subscription.jte", params));
    }

    private static HttpResponse<?> html(HttpStatus status, String body) {
        return HttpResponse.status(status).body(body).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-store");
    }
}
