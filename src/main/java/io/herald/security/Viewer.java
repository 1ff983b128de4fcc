package io.herald.security;

import io.micronaut.security.authentication.Authentication;

import java.util.Collection;

/** The signed-in person as the admin templates need them: name, roles, and the form token. */
public record Viewer(String name, String email, Collection<String> roles, String csrf) {

    public static Viewer of(Authentication authentication) {
        Object name = authentication.getAttributes().getOrDefault("name", authentication.getName());
        return new Viewer(String.valueOf(name), authentication.getName(), authentication.getRoles(),
                HeraldTokenValidator.csrfToken(authentication).orElse(""));
    }

    public boolean can(String role) {
        return roles.contains(role);
    }
}
