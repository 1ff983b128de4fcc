package io.herald.security;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

@Singleton
public class RevokeApiToken {

    private final ApiTokenRepository tokens;
    private final RecordAudit audit;
    private final Clock clock;

    RevokeApiToken(ApiTokenRepository tokens, RecordAudit audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void revoke(long id, Actor actor) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("API token", id));
        tokens.updateRevokedAt(id, clock.instant());
        audit.record(actor, "api_token.revoke", "api_token " + id, token.name());
    }
}
