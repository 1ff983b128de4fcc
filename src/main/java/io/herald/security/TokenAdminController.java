package io.herald.security;

import io.herald.system.Actor;
import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.HashMap;
import java.util.Map;

@Controller("/admin/tokens")
@Secured("admin")
@Hidden
class TokenAdminController {

    private final ApiTokenRepository tokens;
    private final CreateApiToken createToken;
    private final RevokeApiToken revokeToken;
    private final AdminPages pages;

    TokenAdminController(ApiTokenRepository tokens, CreateApiToken createToken, RevokeApiToken revokeToken,
                         AdminPages pages) {
        this.tokens = tokens;
        this.createToken = createToken;
        this.revokeToken = revokeToken;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> list(Authentication auth) {
        return page(auth, HttpStatus.OK, null, null);
    }

    /** Answers with the page itself, not a redirect: the new token is shown this once and never again. */
    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        try {
            var created = createToken.create(new CreateApiToken.Request(form.get("name"), form.get("role"),
                    form.get("expires_in_days")), Actor.of(auth, request));
            return page(auth, HttpStatus.CREATED, null, created.secret());
        } catch (InvalidInputException e) {
            return page(auth, HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), null);
        }
    }

    @Post(value = "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revoke(long id, @Body Map<String, String> form, Authentication auth, HttpRequest<?> request) {
        Csrf.verify(auth, form);
        revokeToken.revoke(id, Actor.of(auth, request));
        return AdminPages.seeOther("/admin/tokens");
    }

    private HttpResponse<?> page(Authentication auth, HttpStatus status, @Nullable String error, @Nullable String secret) {
        Map<String, Object> params = new HashMap<>();
        params.put("viewer", Viewer.of(auth));
        params.put("tokens", tokens.listOrderByCreatedAtDesc());
        params.put("error", error);
        params.put("secret", secret);
        return pages.page(status, "tokens.jte", params);
    }
}
