package io.herald.subscriber;

import io.herald.statuspage.ThemeTemplates;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.herald.system.MailSetup;
import io.herald.system.PageSettings;
import io.herald.system.PrintableText;
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
import java.util.Locale;
import java.util.Map;

/**
 * The status page's subscribe form. Anonymous by design; double opt-in and a rate limit keep it from
 * being used against anyone's inbox.
 */
@Controller("/subscribe")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SubscribeController {

    private final Subscribe subscribe;
    private final SubscribeRateLimit rateLimit;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final MailSetup mail;

    SubscribeController(Subscribe subscribe, SubscribeRateLimit rateLimit, ThemeTemplates theme, PageSettings page,
                        MailSetup mail) {
        this.mail = mail;
        this.subscribe = subscribe;
        this.rateLimit = rateLimit;
        this.theme = theme;
        this.page = page;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> subscribe(@Body Map<String, String> form, HttpRequest<?> request) {
        if (!mail.configured()) {
            // No mail server: a confirmation promised now would never arrive. The page offers no form then.
            return show(HttpStatus.SERVICE_UNAVAILABLE, "E-mail updates are not available on this status page: it "
                    + "cannot send mail yet. Follow its RSS feed or subscribe by webhook instead.");
        }
        String email = form.getOrDefault("email", "").strip().toLowerCase(Locale.ROOT);
        String client = request.getRemoteAddress().getAddress().getHostAddress();
        if (!rateLimit.allow(client, email)) {
            return show(HttpStatus.TOO_MANY_REQUESTS, "Too many requests from here or for this address. "
                    + "Please try again in a few minutes.");
        }
        try {
            subscribe.subscribe(email, components(form));
        } catch (InvalidInputException e) {
            // The visitor's address comes back in a form to correct and send again; their choice of components
            // too, unless the choice was what was wrong.
            List<String> keep = "components".equals(e.field()) ? List.of()
                    : form.keySet().stream().filter(key -> key.matches("component_\\d{1,18}")).toList();
            String message = e.getMessage();
            Map<String, Object> params = params(message.endsWith(".") || message.endsWith(")") ? message : message + ".");
            params.put("retryEmail", PrintableText.printable(form.getOrDefault("email", "")));
            params.put("retryComponents", keep);
            return show(HttpStatus.UNPROCESSABLE_ENTITY, params);
        }
        return show(HttpStatus.OK, "Almost done: we sent a confirmation link to " + email
                + ". Nothing is sent to you until you confirm.");
    }

    // Ticked boxes arrive as component_<id>; none ticked means every component.
    private static List<Long> components(Map<String, String> form) {
        return form.keySet().stream().filter(key -> key.startsWith("component_"))
                .map(key -> Fields.optionalId("components", key.substring("component_".length()))
                        .orElseThrow(() -> new InvalidInputException("components", "A chosen component is not known; "
                                + "reload the page and choose again")))
                .toList();
    }

    private HttpResponse<?> show(HttpStatus status, String message) {
        return show(status, params(message));
    }

    private Map<String, Object> params(String message) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("message", message);
        params.put("actionUrl", null);
        params.put("actionLabel", null);
        return params;
    }

    private HttpResponse<?> show(HttpStatus status, Map<String, Object> params) {
        return HttpResponse.status(status).body(theme.render("subscription.jte", params))
                .contentType(MediaType.TEXT_HTML_TYPE).header("Cache-Control", "no-store");
    }
}
