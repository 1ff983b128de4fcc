package io.herald.audit;

import io.herald.system.Actor;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Writes who changed what, when and from where — in the same transaction as the change. */
@Singleton
public class RecordAudit {

    private final AuditEntryRepository entries;
    private final Clock clock;

    RecordAudit(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void record(Actor actor, String action, String target, String detail) {
        entries.save(new AuditEntry(null, clock.instant(), actor.name(), action, target, detail,
                actor.remoteAddress()));
    }
}
