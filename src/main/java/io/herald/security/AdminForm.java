package io.herald.security;

import io.herald.system.AdminPages;
import io.herald.system.InvalidInputException;
import io.micronaut.http.HttpResponse;
import io.micronaut.security.authentication.Authentication;

import java.util.Map;
import java.util.function.Function;

/**
 * A posted admin form: its CSRF token checked, the action done, then back to the page so that a reload posts
 * nothing again. Refused input gets the page shown again instead, by {@code refused}.
 */
public final class AdminForm {

    private AdminForm() {
    }

    public static HttpResponse<?> submit(Authentication auth, Map<String, String> form, String page, Runnable action,
                                         Function<InvalidInputException, HttpResponse<?>> refused) {
        Csrf.verify(auth, form);
        try {
            action.run();
            return AdminPages.seeOther(page);
        } catch (InvalidInputException e) {
            return refused.apply(e);
        }
    }
}
