package io.herald.security;

import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

/** The one-time link that creates the first admin. The link's own secret protects the form. */
@Controller("/setup/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@Hidden
class SetupController {

    private static final String EXPIRED = "This setup link is not valid any more.";

    private final CompleteSetup completeSetup;
    private final AdminPages pages;
    private final SessionCookies cookies;

    SetupController(CompleteSetup completeSetup, AdminPages pages, SessionCookies cookies) {
        this.completeSetup = completeSetup;
        this.pages = pages;
        this.cookies = cookies;
    }

    @Get
    HttpResponse<?> form(String token) {
        if (!completeSetup.usable(token)) {
            return pages.page(HttpStatus.NOT_FOUND, "setup.jte", params(token, EXPIRED, false));
        }
        return pages.ok("setup.jte", params(token, null, true));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(String token, @Body Map<String, String> form, HttpRequest<?> request) {
        if (!completeSetup.usable(token)) {
            return pages.page(HttpStatus.NOT_FOUND, "setup.jte", params(token, EXPIRED, false));
        }
        try {
            String session = completeSetup.complete(token,
                    new CreateUser.Request(form.get("email"), form.get("name"), form.get("password"), null),
                    request.getRemoteAddress().getAddress().getHostAddress());
            return AdminPages.seeOther("/admin").cookie(cookies.session(session));
        } catch (InvalidInputException e) {
            return pages.page(HttpStatus.UNPROCESSABLE_ENTITY, "setup.jte", params(token, e.getMessage(), true));
        }
    }

    private static Map<String, Object> params(String token, String error, boolean showForm) {
        Map<String, Object> params = new HashMap<>();
        params.put("token", token);
        params.put("error", error);
        params.put("showForm", showForm);
        return params;
    }
}
