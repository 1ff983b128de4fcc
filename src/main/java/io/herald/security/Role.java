package io.herald.security;

import io.herald.system.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Nested roles: each includes every role below it (admin ⊇ comms ⊇ responder ⊇ viewer). */
public enum Role {
    VIEWER, RESPONDER, COMMS, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role names an authentication carries, so that {@code @Secured("responder")} admits comms and admin. */
    public List<String> grantedNames() {
        return Arrays.stream(values()).filter(role -> role.ordinal() <= ordinal()).map(Role::code).toList();
    }

    public static Role parse(String field, String value) {
        return Arrays.stream(values()).filter(role -> role.code().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field,
                        "'" + value + "' is not a role; use one of admin, comms, responder, viewer"));
    }
}
