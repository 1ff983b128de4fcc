package io.herald.notification.delivery;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.support.HeraldTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Heartbeats: the leases of an instance that stopped beating go back to the queue long before they run out, a live
 * instance's stay where they are, and an instance taken for dead lets go of what it claimed.
 */
@MicronautTest(transactional = false)
class DeliveryInstancesTest extends HeraldTest {

    private static final long DEAD = 11;
    private static final long ALIVE = 12;

    @Inject
    DeliveryInstances instances;
    @Inject
    DeliveryInstanceRepository registry;
    @Inject
    Claims claims;
    @Inject
    DeliveryRepository deliveries;
    @Inject
    NotificationMessageRepository messages;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.delivery.enabled", "false", "herald.delivery.lease", "60s",
                "herald.delivery.heartbeat", "300ms");
    }

    @Test
    void theLeasesOfAnInstanceThatStoppedBeatingGoBackAtOnce() throws SQLException {
        registry.register(DEAD);
        registry.register(ALIVE);
        sql("UPDATE delivery_instance SET heartbeat_at = NOW(3) - INTERVAL 1 MINUTE WHERE id = " + DEAD);
        Delivery ofDead = queued("dead@herald.test");
        assertEquals(List.of(ofDead.id()), ids(claims.claim(DEAD, Channel.EMAIL, 10)));
        Delivery ofAlive = queued("alive@herald.test");
        assertEquals(List.of(ofAlive.id()), ids(claims.claim(ALIVE, Channel.EMAIL, 10)));

        instances.releaseDead();

        assertEquals(List.of(ofDead.id()), ids(claims.claim(ALIVE, Channel.EMAIL, 10)),
                "the dead instance's row is due now, 60 s before its lease ends; the live one's is not");
        assertEquals(List.of(), registry.findStale(0).stream().filter(id -> id == DEAD).toList(),
                "the dead instance is forgotten, so that it learns its claims are gone should it come back");
        deliveries.markSent(List.of(ofDead.id(), ofAlive.id()), Instant.now());
    }

    @Test
    void anInstanceTakenForDeadLetsGoOfItsClaimsAndComesBackAsAnother() throws SQLException, InterruptedException {
        instances.beat();
        long first = instances.holder().orElseThrow();
        assertTrue(instances.holds(first));

        Thread.sleep(700); // over two beats of 300 ms without one: the others may soon take its claims
        assertFalse(instances.holds(first), "a late heartbeat stops the sending before the others take over");
        assertTrue(instances.holder().isEmpty(), "and no claims are made meanwhile");

        sql("DELETE FROM delivery_instance WHERE id = " + first); // what another instance does to a dead one
        instances.beat();
        long second = instances.holder().orElseThrow();
        assertNotEquals(first, second, "back under a new id");
        assertFalse(instances.holds(first), "what it claimed before is no longer its own to send");
    }

    private Delivery queued(String recipient) {
        Instant now = Instant.now();
        var message = messages.save(new NotificationMessage(null, "test:" + recipient, Channel.EMAIL, Audience.PUBLIC,
                null, "Subject", "text", "html", null, null, now, now));
        return deliveries.save(new Delivery(null, message.id(), Channel.EMAIL, recipient, null, DeliveryState.QUEUED,
                0, now.minusSeconds(1), null, null, null, null, now));
    }

    private void sql(String statement) throws SQLException {
        Map<String, Object> db = settings();
        try (var connection = DriverManager.getConnection(String.valueOf(db.get("datasources.default.url")),
                String.valueOf(db.get("datasources.default.username")), String.valueOf(db.get("datasources.default.password")));
             var s = connection.createStatement()) {
            s.execute(statement);
        }
    }

    private static List<Long> ids(List<Delivery> batch) {
        return batch.stream().map(Delivery::id).toList();
    }
}
