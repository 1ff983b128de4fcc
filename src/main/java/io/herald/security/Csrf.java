package io.herald.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;

/**
 * Synchronizer tokens for the admin forms: each session has its own random token, which every form
 * carries in {@value #FIELD}. Requests authenticated by a bearer token cannot be forged by a browser
 * and carry none.
 */
public final class Csrf {

    public static final String FIELD = "_csrf";

    private Csrf() {
    }

    public static void verify(Authentication authentication, @Nullable Map<String, String> form) {
        String expected = HeraldTokenValidator.csrfToken(authentication).orElse(null);
        if (expected == null) {
            return;
        }
        String submitted = form == null ? null : form.get(FIELD);
        if (submitted == null || !Secrets.sameSecret(expected, submitted)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN,
                    "This form is out of date or did not come from Herald; reload the page and try again");
        }
    }
}
