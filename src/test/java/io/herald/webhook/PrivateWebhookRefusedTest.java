package io.herald.webhook;

import io.herald.support.BrowserTest;
import io.herald.support.WebhookReceiver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without herald.outbound.allow-private, a webhook inside Herald's own network is refused before any request: by
 * the API, and (in real Chromium) by the status page's webhook form with the reason on the page.
 */
@MicronautTest(transactional = false)
class PrivateWebhookRefusedTest extends BrowserTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    WebhookSubscriberRepository subscribers;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "false");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void loopbackAndPrivateUrlsAreRefusedWithAnErrorOnUrl() {
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/hook"))),
                "url", "private or reserved");
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", "http://10.1.2.3/hook", "skip_verification", true)), "url", "private or reserved");
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", "http://[::1]:8080/hook")), "url", "private or reserved");

        var e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/subscribe/webhook", Map.of("url", receiver.url("/hook")))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class));
        assertEquals(422, e.getStatus().getCode());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("private or reserved"));

        // The form shares the e-mail form's rate limit, keyed by client and by URL (three per URL by default).
        int status = 0;
        for (int i = 0; i < 3; i++) {
            try {
                status = http.toBlocking().exchange(HttpRequest.POST("/subscribe/webhook", Map.of("url", receiver.url("/hook")))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class).code();
            } catch (HttpClientResponseException refused) {
                status = refused.getStatus().getCode();
            }
        }
        assertEquals(429, status, "the fourth try for one URL within the window");

        assertTrue(receiver.all().isEmpty(), "Herald never called the address");
        assertEquals(0, subscribers.count());
    }

    @Test
    void theStatusPageFormShowsWhyALoopbackOrPrivateUrlIsRefused() {
        String loopback = WebhookForm.submit(browser(), url("/"), receiver.url("/form-hook"));
        assertTrue(loopback.contains("'127.0.0.1' is inside a private or reserved network") && loopback.contains("go back"),
                loopback);
        String privateNetwork = WebhookForm.submit(browser(), url("/"), "http://10.1.2.3/hook");
        assertTrue(privateNetwork.contains("'10.1.2.3' is inside a private or reserved network"), privateNetwork);

        assertTrue(receiver.all().isEmpty(), "Herald never called the address: " + receiver.all());
        assertEquals(0, api.list("/api/v1/webhook-subscribers").size(), "nothing is stored");
    }
}
