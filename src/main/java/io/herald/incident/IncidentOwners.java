package io.herald.incident;

import io.herald.security.AppUserRepository;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Checks the point and comms owners named on an incident are Herald users. */
@Singleton
class IncidentOwners {

    private final AppUserRepository users;

    IncidentOwners(AppUserRepository users) {
        this.users = users;
    }

    Optional<Long> user(String field, @Nullable String userId) {
        Optional<Long> id = Fields.optionalId(field, userId);
        id.ifPresent(value -> {
            if (!users.existsById(value)) {
                throw new InvalidInputException(field, "There is no user with id " + value);
            }
        });
        return id;
    }
}
