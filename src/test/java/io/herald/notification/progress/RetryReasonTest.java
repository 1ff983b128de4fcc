package io.herald.notification.progress;

import io.herald.support.HeraldTest;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** While deliveries wait for another try, the progress says why (the far end's answer) and when the next try is. */
@MicronautTest(transactional = false)
class RetryReasonTest extends HeraldTest {

    private RecordingSmtp smtp;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start();
        }
        return smtp.settings("herald.delivery.first-retry", "10m");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void aRetryingDeliverySaysWhyAndWhen() throws Exception {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "one@acme.test")));
        smtp.refusing(100);
        Instant posted = Instant.now();
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "API errors", "body", "Looking.")));
        List<?> updates = (List<?>) incident.get("updates");
        String path = "/api/v1/incidents/" + incident.get("id") + "/updates/" + ((Map<?, ?>) updates.get(0)).get("id")
                + "/deliveries";

        Map<?, ?> progress = api.send(HttpRequest.GET(path));
        for (int i = 0; i < 200 && ((List<?>) progress.get("retries")).isEmpty(); i++) {
            Thread.sleep(50);
            progress = api.send(HttpRequest.GET(path));
        }
        List<?> retries = (List<?>) progress.get("retries");
        assertEquals(1, retries.size(), String.valueOf(progress));
        Map<?, ?> retry = (Map<?, ?>) retries.get(0);
        assertEquals("one@acme.test", retry.get("recipient"));
        assertTrue(String.valueOf(retry.get("last_error")).contains("451"), "the server's answer: " + retry);
        Instant next = Instant.parse(String.valueOf(retry.get("next_attempt_at")));
        assertTrue(next.isAfter(posted.plusSeconds(300)), "the next try, minutes away: " + next);
        assertEquals(List.of(), progress.get("failures"), "not given up");
    }
}
