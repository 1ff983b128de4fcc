package io.herald.security;

import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

@Controller
@Hidden
class LoginController {

    // Before there is a session, the login form is protected by a double-submit cookie.
    static final String LOGIN_CSRF_COOKIE = "herald_login_csrf";

    private final LogIn logIn;
    private final AdminPages pages;
    private final SessionCookies cookies;

    LoginController(LogIn logIn, AdminPages pages, SessionCookies cookies) {
        this.logIn = logIn;
        this.pages = pages;
        this.cookies = cookies;
    }

    @Get("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form() {
        return loginPage(HttpStatus.OK, null);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> submit(@Body Map<String, String> form, @Nullable @CookieValue(LOGIN_CSRF_COOKIE) String csrfCookie,
                           HttpRequest<?> request) {
        String submitted = form.get(Csrf.FIELD);
        if (csrfCookie == null || submitted == null || !Secrets.sameSecret(csrfCookie, submitted)) {
            return loginPage(HttpStatus.FORBIDDEN, "The login form was out of date. Please try again.");
        }
        String remote = request.getRemoteAddress().getAddress().getHostAddress();
        return logIn.logIn(form.get("email"), form.get("password"), remote)
                .<HttpResponse<?>>map(token -> AdminPages.seeOther("/admin")
                        .cookie(cookies.session(token)))
                .orElseGet(() -> loginPage(HttpStatus.UNAUTHORIZED, "That e-mail address and password do not match."));
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(@Body Map<String, String> form, Authentication auth,
                           @CookieValue(SecuritySettings.SESSION_COOKIE) String token, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        logIn.logOut(token, Actor.of(auth, request));
        return AdminPages.seeOther("/").cookie(cookies.cleared());
    }

    private MutableHttpResponse<?> loginPage(HttpStatus status, @Nullable String error) {
        String csrf = Secrets.newToken();
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", csrf);
        params.put("error", error);
        return pages.page(status, "login.jte", params).cookie(cookies.cookie(LOGIN_CSRF_COOKIE, csrf, Duration.ofHours(1)));
    }
}
