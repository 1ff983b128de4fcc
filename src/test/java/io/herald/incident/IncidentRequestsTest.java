package io.herald.incident;

import io.herald.system.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each request refuses by name, and the update a change posts; no database needed. */
class IncidentRequestsTest {

    @Test
    void aChangeWithoutStatusOrBodyRefusesTheUpdatesFieldsAndPostsNothing() {
        var change = new ChangeIncidentRequest("Renamed", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, "7", null, null);
        var refused = assertThrows(InvalidInputException.class, change::refuseWhatAChangeCannotApply);
        assertEquals("template", refused.field());
        assertEquals("template belongs to the update a change posts; give a status or body too, or post to "
                + "/api/v1/incidents/{id}/updates", refused.getMessage());
        assertTrue(change.update().isEmpty());
        ChangeIncidentRequest.ownFields("Renamed", "major", "SEV2", "", "", 30, true).refuseWhatAChangeCannotApply();
    }

    @Test
    void aChangeRefusesDrillEvenWithABody() {
        var change = new ChangeIncidentRequest(null, null, null, null, "Update.", null, null, null, null, null, true,
                null, null, null, null, null, null, null, null);
        var refused = assertThrows(InvalidInputException.class, change::refuseWhatAChangeCannotApply);
        assertEquals("drill an incident stays a drill, or not, from its opening", refused.getMessage());
    }

    @Test
    void theUpdateAChangePostsCarriesEveryUpdateFieldButTheTemplate() {
        var change = new ChangeIncidentRequest("Renamed", "identified", "major", "SEV2", "Found it.",
                Map.of("3", "degraded_performance"), false, "db-7", "2099-01-01T00:00:00Z", "Found it (tweet)", null,
                "1", "2", 30, true, true, "7", "Checkout slow", "Rolling back");
        change.refuseWhatAChangeCannotApply();
        assertEquals(new PostIncidentUpdateRequest("identified", "Found it.", Map.of("3", "degraded_performance"),
                false, "db-7", "2099-01-01T00:00:00Z", "Found it (tweet)", true, null, "Checkout slow", "Rolling back"),
                change.update().orElseThrow());
    }

    @Test
    void aCorrectionTakesOnlyTheBody() {
        assertEquals("Fixed typo", EditUpdateMessageRequest.correcting("Fixed typo").correctedText());
        var withStatus = new EditUpdateMessageRequest("resolved", "Fixed typo", null, null, null, null, null, null,
                null, null, null);
        assertEquals("status cannot be corrected; a correction changes only the body (post a new update for the rest)",
                assertThrows(InvalidInputException.class, withStatus::correctedText).getMessage());
        var withNote = new EditUpdateMessageRequest(null, "Fixed typo", null, null, "db-7", null, null, null, null,
                null, null);
        assertEquals("internal_note", assertThrows(InvalidInputException.class, withNote::correctedText).field());
        assertNull(EditUpdateMessageRequest.correcting(null).correctedText());
    }
}
