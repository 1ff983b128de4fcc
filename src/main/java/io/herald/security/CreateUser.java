package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

@Singleton
public class CreateUser {

    /** bcrypt reads no more of a password than this. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final AppUserRepository users;
    private final RecordAudit audit;
    private final Clock clock;

    CreateUser(AppUserRepository users, RecordAudit audit, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public record Request(@Nullable String email, @Nullable String name, @Nullable String password, @Nullable String role) {
    }

    @Transactional
    public AppUser create(Request request, Actor actor) {
        String email = Fields.requiredText("email", request.email(), 320).toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", "'" + email + "' is not an e-mail address");
        }
        if (users.findByEmail(email).isPresent()) {
            throw new InvalidInputException("email", "There is already a user with the e-mail address " + email);
        }
        String name = Fields.optionalText("name", request.name(), 255).orElse(email);
        Role role = Role.parse("role", request.role() == null ? "" : request.role());
        AppUser user = users.save(new AppUser(null, email, name, Secrets.hashPassword(checkedPassword(request.password())),
                role, clock.instant()));
        audit.record(actor, "user.create", "user " + email, "role " + role.code());
        return user;
    }

    /** bcrypt reads at most 72 bytes; a longer password would be silently truncated, so it is refused. */
    static String checkedPassword(@Nullable String password) {
        if (password == null || password.length() < 10) {
            throw new InvalidInputException("password", "The password must have at least 10 characters");
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException("password", "The password is too long: " + bytes + " bytes; it may have at"
                    + " most " + MAX_PASSWORD_BYTES + " (as many plain letters and digits; accented letters and emoji"
                    + " take 2 to 4 bytes each)");
        }
        return password;
    }
}
