package io.herald.security;

import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
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
        return loginPage(HttpStatus.OK, null, null);
    }

    @Post(value = "/login", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> submit(@Body Map<String, String> form, @Nullable @CookieValue(LOGIN_CSRF_COOKIE) String csrfCookie,
                           HttpRequest<?> request) {
        String email = form.get("email");
        String submitted = form.get(Csrf.FIELD);
        if (csrfCookie == null || submitted == null || !Secrets.sameSecret(csrfCookie, submitted)) {
            return loginPage(HttpStatus.FORBIDDEN, "The login form was out of date. Please try again.", email);
        }
        String remote = request.getRemoteAddress().getAddress().getHostAddress();
        LoginOutcome outcome = logIn.logIn(new LogIn.Request(email, form.get("password")), remote);
        if (outcome instanceof LoginOutcome.SignedIn signedIn) {
            return AdminPages.seeOther("/admin").cookie(cookies.session(signedIn.sessionToken()));
        }
        if (outcome instanceof LoginOutcome.Limited limited) {
            long minutes = (limited.retryAfter().toSeconds() + 59) / 60;
            return loginPage(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this account or from your"
                    + " address. Please try again in " + (minutes == 1 ? "a minute." : minutes + " minutes."), email)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(limited.retryAfter().toSeconds()));
        }
        if (outcome instanceof LoginOutcome.Invalid invalid) {
            return loginPage(HttpStatus.UNPROCESSABLE_ENTITY, invalid.message() + ".", email);
        }
        return loginPage(HttpStatus.UNAUTHORIZED, "That e-mail address and password do not match.", email);
    }

    /** A form body with broken URL encoding (no browser sends one) fails before submit() can read it. */
    @Error(exception = HttpPostRequestDecoder.ErrorDataDecoderException.class)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> unreadable() {
        return loginPage(HttpStatus.BAD_REQUEST, "The sign-in form could not be read. Please sign in again.", null);
    }

    @Post(value = "/logout", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> logout(@Body Map<String, String> form, Authentication auth,
                           @CookieValue(SecuritySettings.SESSION_COOKIE) String token, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        logIn.logOut(token, Actor.of(auth, request));
        return AdminPages.seeOther("/").cookie(cookies.cleared());
    }

    /** The form again, with the e-mail address as the visitor typed it (never the password). */
    private MutableHttpResponse<?> loginPage(HttpStatus status, @Nullable String error, @Nullable String email) {
        String csrf = Secrets.newToken();
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", csrf);
        params.put("error", error);
        params.put("email", email);
        params.put("maxEmail", LogIn.MAX_EMAIL);
        return pages.page(status, "login.jte", params).cookie(cookies.cookie(LOGIN_CSRF_COOKIE, csrf, Duration.ofHours(1)));
    }
}
