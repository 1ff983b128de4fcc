package io.herald.subscriber;

import io.herald.system.EmailAddresses;
import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Stops all mail to an address: records the suppression (once; a second bounce changes nothing) and marks the
 * subscriber, so that the next fan-out leaves it out.
 */
@Singleton
public class SuppressAddress {

    private final SuppressionRepository suppressions;
    private final RecordAudit audit;
    private final Clock clock;

    SuppressAddress(SuppressionRepository suppressions, RecordAudit audit, Clock clock) {
        this.suppressions = suppressions;
        this.audit = audit;
        this.clock = clock;
    }

    /** An admin's suppression: checked input, audited. */
    @Transactional
    public Suppression suppress(@Nullable String email, @Nullable String reason, Actor actor) {
        String text = Fields.requiredText("email", email, EmailAddresses.MAX_LENGTH);
        String address = EmailAddresses.checked("email", text);
        String why = Fields.optionalText("reason", reason, 16).orElse("manual").toLowerCase(Locale.ROOT);
        if (!Suppression.REASONS.contains(why)) {
            throw new InvalidInputException("reason", "reason '" + why + "' is not one of " + String.join(", ", Suppression.REASONS));
        }
        Suppression suppression = record(address, why, "Added by " + actor.name());
        audit.record(actor, "suppression.create", "suppression " + suppression.id(), address + " (" + why + ")");
        return suppression;
    }

    /** A suppression Herald decides itself, e.g. after a hard bounce; the detail says why. */
    @Transactional
    public Suppression suppress(String address, String reason, String detail) {
        return record(address.toLowerCase(Locale.ROOT), reason, detail);
    }

    private Suppression record(String address, String reason, String detail) {
        Instant now = clock.instant();
        Suppression suppression = suppressions.findByEmail(address).orElseGet(() -> suppressions.save(
                new Suppression(null, address, reason, detail.length() > 1000 ? detail.substring(0, 1000) : detail, now)));
        suppressions.markSubscriber(address, now);
        return suppression;
    }
}
