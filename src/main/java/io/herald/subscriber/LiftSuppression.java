package io.herald.subscriber;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Allows mail to a suppressed address again (e.g. the mailbox was fixed) and unmarks its subscriber. */
@Singleton
class LiftSuppression {

    private final SuppressionRepository suppressions;
    private final RecordAudit audit;

    LiftSuppression(SuppressionRepository suppressions, RecordAudit audit) {
        this.suppressions = suppressions;
        this.audit = audit;
    }

    @Transactional
    void lift(long id, Actor actor) {
        Suppression suppression = suppressions.findById(id)
                .orElseThrow(() -> new NotFoundException("Suppression", id));
        suppressions.delete(suppression);
        suppressions.unmarkSubscriber(suppression.email());
        audit.record(actor, "suppression.delete", "suppression " + id, suppression.email());
    }
}
