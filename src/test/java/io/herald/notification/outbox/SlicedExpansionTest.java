package io.herald.notification.outbox;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import io.herald.support.BulkSubscribers;
import io.herald.support.HeraldTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A large audience is expanded a slice per transaction, so that sending can start before the last subscriber has
 * a delivery; the slices together cover everyone exactly once, and the message is stamped only after the last one.
 */
@MicronautTest(transactional = false)
class SlicedExpansionTest extends HeraldTest {

    private static final int SUBSCRIBERS = ExpandMessages.SLICE * 2 + 500;

    @Inject
    ExpandMessages expandMessages;
    @Inject
    NotificationMessageRepository messages;
    @Inject
    DeliveryRepository deliveries;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.delivery.enabled", "false");
    }

    @Test
    void everySubscriberOnceInSlices() {
        BulkSubscribers.seed(settings(), SUBSCRIBERS);
        var message = messages.save(NotificationMessage.of("test:slices", Channel.EMAIL, Audience.PUBLIC, "Subject",
                "text", "html", "", Instant.now()));

        expandMessages.expand();
        assertEquals(ExpandMessages.FIRST_SLICE, deliveries.countByState(DeliveryState.QUEUED), "a small first slice");
        assertNull(messages.findById(message.id()).orElseThrow().expandedAt(), "not done after the first slice");

        int steps = 1;
        while (messages.findById(message.id()).orElseThrow().expandedAt() == null && steps < 10) {
            expandMessages.expand();
            steps++;
        }
        assertNotNull(messages.findById(message.id()).orElseThrow().expandedAt());
        assertEquals(5, steps, "a small slice, three more, then the step that finds nothing left and stamps the message");
        assertEquals(SUBSCRIBERS, deliveries.countByState(DeliveryState.QUEUED), "everyone exactly once");

        expandMessages.expand();
        assertEquals(SUBSCRIBERS, deliveries.countByState(DeliveryState.QUEUED), "a stamped message is not expanded again");
        assertTrue(messages.findById(message.id()).orElseThrow().expandedAt() != null);
    }
}
