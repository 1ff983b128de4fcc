package io.herald.notification.delivery;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.support.HeraldTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A worker's lease: claimed rows are held, can be renewed by their holder only, and are taken again once it ran out. */
@MicronautTest(transactional = false)
class DeliveryLeaseTest extends HeraldTest {

    /** Claims here are made as an instance that never beats: its claims are left alone unless the test hands them back. */
    private static final long HOLDER = 1;

    @Inject
    Claims claims;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    NotificationMessageRepository messages;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.delivery.enabled", "false", "herald.delivery.lease", "1s");
    }

    @Test
    void onlyTheHolderRenewsAndAnExpiredLeaseIsTakenAgain() throws InterruptedException {
        Instant now = Instant.now();
        var message = messages.save(new NotificationMessage(null, "test:lease", Channel.EMAIL, Audience.PUBLIC, null,
                "Subject", "text", "html", null, null, now, now));
        var saved = deliveries.save(new Delivery(null, message.id(), Channel.EMAIL, "lease@herald.test", null,
                DeliveryState.QUEUED, 0, now, null, null, null, null, now));

        List<Delivery> claimed = claims.claim(HOLDER, Channel.EMAIL, 10);
        assertEquals(List.of(saved.id()), claimed.stream().map(Delivery::id).toList());
        assertTrue(claims.claim(HOLDER, Channel.EMAIL, 10).isEmpty(), "a held row is not claimed twice");

        Instant held = claimed.get(0).leaseUntil();
        assertEquals(0, deliveries.renewLease(List.of(saved.id()), held.minusMillis(1), held.plusSeconds(1)),
                "someone holding another lease cannot renew");
        assertEquals(1, deliveries.renewLease(List.of(saved.id()), held, held.plusMillis(1000)), "the holder renews");

        Thread.sleep(Math.max(0, Instant.now().until(held, java.time.temporal.ChronoUnit.MILLIS)) + 300);
        assertTrue(claims.claim(HOLDER, Channel.EMAIL, 10).isEmpty(), "a renewed lease holds past its first end");

        Thread.sleep(1000);
        List<Delivery> again = claims.claim(HOLDER, Channel.EMAIL, 10);
        assertEquals(1, again.size(), "an expired lease is taken again (a worker died)");
        assertEquals(2, deliveries.findById(saved.id()).orElseThrow().attempts());
    }

    @Test
    void aReleasedClaimGoesBackAsItWas() {
        Instant now = Instant.now();
        var message = messages.save(new NotificationMessage(null, "test:release", Channel.EMAIL, Audience.PUBLIC, null,
                "Subject", "text", "html", null, null, now, now));
        var saved = deliveries.save(new Delivery(null, message.id(), Channel.EMAIL, "release@herald.test", null,
                DeliveryState.QUEUED, 0, now, null, null, null, null, now));

        // (the other test's row may come along once its lease has run out: only this one is looked at)
        assertTrue(claims.claim(HOLDER, Channel.EMAIL, 10).stream().anyMatch(d -> d.id().equals(saved.id())));
        deliveries.release(List.of(saved.id()), Instant.now());

        Delivery released = deliveries.findById(saved.id()).orElseThrow();
        assertEquals(DeliveryState.QUEUED, released.state(), "untried, so queued again");
        assertEquals(0, released.attempts(), "the claim is not counted as an attempt");
        assertTrue(claims.claim(HOLDER, Channel.EMAIL, 10).stream().anyMatch(d -> d.id().equals(saved.id())),
                "claimable again at once, not after the lease");
        deliveries.markSent(List.of(saved.id()), Instant.now()); // nothing left for the other test to claim
    }
}
