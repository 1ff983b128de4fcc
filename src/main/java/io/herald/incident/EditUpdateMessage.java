package io.herald.incident;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.herald.system.NotFoundException;
import io.herald.system.SiteRevision;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Corrects a posted message (a typo), keeping the earlier text on record. Announces nothing again. */
@Singleton
public class EditUpdateMessage {

    private final IncidentUpdateRepository updates;
    private final UpdateEditRepository edits;
    private final RecordAudit audit;
    private final SiteRevision revision;
    private final Clock clock;

    EditUpdateMessage(IncidentUpdateRepository updates, UpdateEditRepository edits, RecordAudit audit,
                      SiteRevision revision, Clock clock) {
        this.updates = updates;
        this.edits = edits;
        this.audit = audit;
        this.revision = revision;
        this.clock = clock;
    }

    @Transactional
    public IncidentUpdate edit(long incidentId, long updateId, EditUpdateMessageRequest request, Actor actor) {
        String body = request.correctedText();
        IncidentUpdate update = updates.findById(updateId).filter(u -> u.incidentId() == incidentId)
                .orElseThrow(() -> new NotFoundException("Update", updateId));
        String corrected = Fields.requiredText("body", body, ReadUpdateInput.BODY_LIMIT);
        if (corrected.equals(update.body())) {
            throw new InvalidInputException("body", "The new text is the same as the old one");
        }
        var now = clock.instant();
        edits.save(new UpdateEdit(null, updateId, update.body(), actor.name(), now));
        IncidentUpdate edited = updates.update(new IncidentUpdate(update.id(), incidentId, update.status(), corrected,
                update.internalNote(), update.deliverNotifications(), update.customTweet(), update.tweetId(),
                update.createdBy(), update.createdAt(), now, update.publishAt(), update.publishedAt(),
                update.cancelledAt()));
        audit.record(actor, "incident.update.edit", "incident " + incidentId + " update " + updateId, null);
        revision.bump();
        return edited;
    }
}
