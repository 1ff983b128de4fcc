package io.herald.notification.x;

import io.herald.notification.Channel;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import io.herald.support.FakeXApi;
import io.herald.support.HeraldTest;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Updates tweeted to a loopback X API that checks every OAuth 1.0a signature: text within 280 weighted
 * characters with the incident link, custom tweets, threads, rate limits, no duplicate after a lost answer,
 * nothing for drills, and tweet_id in both APIs.
 */
@MicronautTest(transactional = false)
class TwitterChannelTest extends HeraldTest {

    private FakeXApi x;

    @Inject
    DeliveryRepository deliveries;
    @Inject
    NotificationMessageRepository messages;

    @Override
    protected Map<String, String> extraProperties() {
        if (x == null) {
            x = FakeXApi.start();
        }
        Map<String, String> settings = new HashMap<>(x.settings());
        settings.put("herald.delivery.first-retry", "1s");
        settings.put("herald.twitter.timeout", "3s");
        return settings;
    }

    @AfterAll
    void stopX() {
        x.close();
    }

    @Test
    void tweetsWithTheLinkThenThreadsTheNextUpdateAndShowsTweetIds() throws Exception {
        String longBody = "Requests to the payments API fail for about a third of customers in the EU region. ".repeat(8);
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Payments failing", "body", longBody)))
                .get("id");
        FakeXApi.Tweet first = awaitTweet(t -> t.text().startsWith("Payments failing"));
        String link = "http://status.herald.test/incidents/" + id;
        assertTrue(first.text().startsWith("Payments failing — Investigating: Requests to the payments API"), first.text());
        assertTrue(first.text().endsWith("… " + link), first.text());
        assertTrue(TweetComposer.weightedLength(first.text()) <= 280, first.text());
        assertNull(first.inReplyTo(), "the first tweet of an incident starts its thread");

        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "identified",
                "body", "A bad certificate on one load balancer.", "custom_tweet", "Payments: cause found, fix rolling out")));
        FakeXApi.Tweet second = awaitTweet(t -> t.text().equals("Payments: cause found, fix rolling out"));
        assertEquals(first.id(), second.inReplyTo(), "the second update replies to the first tweet");

        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "resolved", "body", "Fixed.")));
        FakeXApi.Tweet third = awaitTweet(t -> t.text().startsWith("Payments failing — Resolved: Fixed."));
        assertEquals(second.id(), third.inReplyTo());
        assertEquals("Payments failing — Resolved: Fixed. " + link, third.text());

        String v2 = api.awaitText("/api/v2/incidents.json", third.id());
        assertTrue(v2.contains("\"tweet_id\":\"" + first.id() + "\""), v2);
        assertTrue(v2.contains("\"tweet_id\":\"" + second.id() + "\""), v2);
        Map<?, ?> admin = api.send(HttpRequest.GET("/api/v1/incidents/" + id));
        List<?> tweetIds = ((List<?>) admin.get("updates")).stream().map(u -> ((Map<?, ?>) u).get("tweet_id")).toList();
        assertTrue(tweetIds.containsAll(List.of(first.id(), second.id(), third.id())), tweetIds.toString());
    }

    @Test
    void waitsOutARateLimitAndThenTweetsOnce() throws Exception {
        long reset = Instant.now().getEpochSecond() + 3;
        x.rateLimitNext(reset);
        int before = x.requests().size();
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Rate limited one", "body", "Slow logins.")));
        FakeXApi.Tweet tweet = awaitTweet(t -> t.text().startsWith("Rate limited one"));
        assertFalse(tweet.at().isBefore(Instant.ofEpochSecond(reset)), "posted at " + tweet.at() + ", reset " + reset);
        assertEquals(2, x.requests().size() - before, "one refused, one accepted");
        assertEquals(1, x.tweets().stream().filter(t -> t.text().startsWith("Rate limited one")).count());
    }

    @Test
    void aThreadKeepsItsOrderWhileItsFirstTweetWaitsOutARateLimit() throws Exception {
        long reset = Instant.now().getEpochSecond() + 3;
        x.rateLimitNext(reset);
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Ordered thread", "body", "One.")))
                .get("id");
        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "identified", "body", "Two.")));
        FakeXApi.Tweet second = awaitTweet(t -> t.text().startsWith("Ordered thread — Identified"));
        FakeXApi.Tweet first = awaitTweet(t -> t.text().startsWith("Ordered thread — Investigating"));
        assertEquals(first.id(), second.inReplyTo(), "the second waited for the first, then replied to it");
        assertFalse(second.at().isBefore(first.at()));
        assertFalse(first.at().isBefore(Instant.ofEpochSecond(reset)));
    }

    @Test
    void maintenanceNoticesAreTweetedInTheirOwnThread() throws Exception {
        String component = api.component("Tweeted database");
        Instant from = Instant.now().plus(Duration.ofDays(2));
        String id = (String) api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Database upgrade",
                "body", "Planned work on the database.", "components", List.of(component),
                "scheduled_for", Timestamps.iso(from), "scheduled_until", Timestamps.iso(from.plus(Duration.ofHours(1))))))
                .get("id");
        FakeXApi.Tweet tweet = awaitTweet(t -> t.text().startsWith("Maintenance: Database upgrade"));
        assertTrue(tweet.text().endsWith("http://status.herald.test/maintenances/" + id), tweet.text());
        assertNull(tweet.inReplyTo());

        // Its tweet's id is kept, and shown with the update in the public v2 API and the admin API.
        String v2 = api.awaitText("/api/v2/scheduled-maintenances.json", tweet.id());
        assertTrue(v2.contains("\"tweet_id\":\"" + tweet.id() + "\""), v2);
        Map<?, ?> admin = api.send(HttpRequest.GET("/api/v1/maintenances/" + id));
        List<?> tweetIds = ((List<?>) admin.get("updates")).stream().map(u -> ((Map<?, ?>) u).get("tweet_id")).toList();
        assertEquals(List.of(tweet.id()), tweetIds);
    }

    @Test
    void aRetryAfterALostAnswerPostsNoDuplicate() throws Exception {
        x.loseNextAnswer();
        int before = x.requests().size();
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Lost answer", "body", "DNS errors.")))
                .get("id");
        awaitTweet(t -> t.text().startsWith("Lost answer"));
        Delivery delivery = awaitDelivery("incident_update:", "Lost answer", DeliveryState.SENT);
        assertEquals(2, x.requests().size() - before, "the lost one, and the retry X refused as a duplicate");
        assertEquals(1, x.tweets().stream().filter(t -> t.text().startsWith("Lost answer")).count());
        assertNull(delivery.externalId());

        // The thread goes on from the tweet before the lost one, here none: a fresh start, not a failure.
        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "monitoring", "body", "Watching.")));
        FakeXApi.Tweet next = awaitTweet(t -> t.text().startsWith("Lost answer — Monitoring"));
        assertNull(next.inReplyTo());
    }

    @Test
    void aRevokedTokenFailsAtOnceWithoutRetries() throws Exception {
        x.revokeNext();
        int before = x.requests().size();
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Revoked token", "body", "Queue backlog.")));
        Delivery delivery = awaitDelivery("incident_update:", "Revoked token", DeliveryState.FAILED);
        assertTrue(delivery.lastError().contains("401"), delivery.lastError());
        Thread.sleep(2500);
        assertEquals(1, x.requests().size() - before, "a permanent failure is not retried");
    }

    @Test
    void drillsAndQuietUpdatesAreNeverTweeted() throws Exception {
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY tweet", "body", "Practice.", "drill", true)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Quiet tweet", "body", "Shh.",
                "deliver_notifications", false)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Loud tweet", "body", "Everyone should know.")));
        awaitTweet(t -> t.text().startsWith("Loud tweet"));
        Thread.sleep(500);
        assertTrue(x.tweets().stream().noneMatch(t -> t.text().contains("GAMEDAY") || t.text().contains("Quiet")));
        assertTrue(messages.findAll().stream().noneMatch(m -> m.channel() == Channel.TWITTER
                && (m.subject().contains("GAMEDAY") || m.subject().contains("Quiet"))));
    }

    @Test
    void aCustomTweetTooLongAsXCountsItIsRefused() {
        String id = (String) api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Custom too long", "body", "Hm.",
                "deliver_notifications", false))).get("id");
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "identified",
                "body", "Found it.", "custom_tweet", "障害".repeat(100))), "custom_tweet", "the limit is 280");
        assertEquals(1, ((List<?>) api.send(HttpRequest.GET("/api/v1/incidents/" + id)).get("updates")).size());
    }

    @Test
    void theFakeRefusesAWrongSignature() throws Exception {
        String url = x.url() + "/2/tweets";
        int bad = x.badSignatures();
        String forged = new OAuthSigner(FakeXApi.CONSUMER_KEY, "not the secret", FakeXApi.ACCESS_TOKEN,
                FakeXApi.ACCESS_TOKEN_SECRET).forJsonPost(url);
        var response = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", forged).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"forged\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, response.statusCode());
        assertEquals(bad + 1, x.badSignatures());
        assertTrue(x.tweets().stream().noneMatch(t -> t.text().equals("forged")));
    }

    private FakeXApi.Tweet awaitTweet(Predicate<FakeXApi.Tweet> which) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var found = x.tweets().stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        return fail("no such tweet; the fake has " + x.tweets());
    }

    private Delivery awaitDelivery(String source, String subject, DeliveryState state) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            var message = messages.findAll().stream().filter(m -> m.channel() == Channel.TWITTER
                    && m.source().startsWith(source) && m.subject().equals(subject)).findFirst();
            if (message.isPresent()) {
                var found = deliveries.findByMessageId(message.get().id()).stream().filter(d -> d.state() == state).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            Thread.sleep(100);
        }
        return fail("no " + state + " tweet delivery for " + subject);
    }
}
