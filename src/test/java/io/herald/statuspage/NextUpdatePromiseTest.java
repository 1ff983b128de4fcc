package io.herald.statuspage;

import io.herald.support.HeraldTest;
import io.herald.support.MutableClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Once the promised "next update by" time passes without an update, the page stops promising it, at that moment:
 * nothing else changed, so only the due time itself can make the page move.
 */
@MicronautTest(transactional = false)
class NextUpdatePromiseTest extends HeraldTest {

    @Inject
    MutableClock clock;

    @Override
    protected Map<String, String> extraProperties() {
        // The schedulers (reminders among them) stay out of the way: only the clock moves.
        return Map.of("herald.test.clock", "mutable", "herald.scheduler-interval", "1h");
    }

    @Test
    void aPassedPromiseIsNotShownAsAPromise() throws Exception {
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Slow checkout",
                "body", "Looking into it.", "update_interval_minutes", 30)));
        String page = "/incidents/" + incident.get("id");
        api.awaitText(page, "Next update by");
        api.awaitText("/", "Next update by");

        clock.advance(Duration.ofMinutes(31));
        String after = api.awaitText(page, "An update is coming shortly.");
        assertFalse(after.contains("Next update by"), "no promise of a time gone by");
        assertFalse(api.awaitText("/", "An update is coming shortly.").contains("Next update by"));
    }
}
