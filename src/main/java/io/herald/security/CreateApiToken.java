package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

@Singleton
public class CreateApiToken {

    static final String PREFIX = "hrld_";

    private final ApiTokenRepository tokens;
    private final RecordAudit audit;
    private final Clock clock;

    CreateApiToken(ApiTokenRepository tokens, RecordAudit audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    public record Request(@Nullable String name, @Nullable String role, @Nullable String expiresInDays) {
    }

    /** The token itself, to be shown once; only its hash is stored. */
    public record Created(ApiToken token, String secret) {
    }

    @Transactional
    public Created create(Request request, Actor actor) {
        String name = Fields.requiredText("name", request.name(), 255);
        Role role = Role.parse("role", request.role() == null ? "" : request.role());
        Instant now = clock.instant();
        Instant expiresAt = Fields.optionalText("expires_in_days", request.expiresInDays(), 5).map(days -> {
            try {
                int n = Integer.parseInt(days);
                if (n < 1) {
                    throw new NumberFormatException();
                }
                return now.plus(Duration.ofDays(n));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("expires_in_days", "expires_in_days must be a whole number of days, 1 or more");
            }
        }).orElse(null);
        // A recognisable prefix lets secret scanners find leaked Herald tokens.
        String secret = PREFIX + Secrets.newToken();
        ApiToken token = tokens.save(new ApiToken(null, name, Secrets.sha256(secret), role, actor.name(), now,
                expiresAt, null, null));
        audit.record(actor, "api_token.create", "api_token " + token.id(), name + " (" + role.code() + ")");
        return new Created(token, secret);
    }
}
