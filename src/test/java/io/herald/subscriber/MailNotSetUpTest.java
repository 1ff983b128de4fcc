package io.herald.subscriber;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without a mail server (the README's first command), nothing promises a mail that will never come: the page offers
 * no e-mail subscription, a subscription sent anyway is refused and stores nothing, and every admin page says why.
 */
@MicronautTest(transactional = false)
class MailNotSetUpTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SubscriberRepository subscribers;

    @Test
    void thePageOffersNoEmailSubscriptionAndSaysWhatElseThereIs() throws InterruptedException {
        api.component("API");
        String page = api.awaitText("/", "API");
        assertFalse(page.contains("action=\"/subscribe\""), "no e-mail form");
        assertTrue(page.contains("action=\"/subscribe/webhook\""), "webhooks need no mail server");
        assertTrue(page.contains("/history.rss"), "the feeds are named instead");
    }

    @Test
    void aSubscriptionSentAnywayIsRefusedHonestlyAndStoresNothing() {
        long before = subscribers.count();
        var refused = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/subscribe", "email=ann%40example.com").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .accept(MediaType.TEXT_HTML_TYPE), String.class));
        assertEquals(503, refused.getStatus().getCode());
        String body = refused.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("E-mail updates are not available on this status page"), body);
        assertFalse(body.contains("we sent a confirmation"), body);
        assertEquals(before, subscribers.count(), "nothing stored");
    }

    @Test
    void everyAdminPageSaysMailIsNotSetUp() {
        assertTrue(api.text("/admin/components").contains("E-mail is not set up (HERALD_SMTP_HOST)"));
    }
}
