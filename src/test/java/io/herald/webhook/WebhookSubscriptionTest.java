package io.herald.webhook;

import io.herald.support.HeraldTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Subscribing a webhook: the challenge, the form, the admin API, unsubscribing. Receivers are on loopback. */
@MicronautTest(transactional = false)
class WebhookSubscriptionTest extends HeraldTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    WebhookSubscriberRepository subscribers;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void theFormSubscribesAUrlThatEchoesTheChallengeAndShowsItsSecretOnce() {
        String web = api.component("Website");
        HttpResponse<String> page = form(Map.of("url", receiver.url("/form"), "component_" + web, "on"));
        assertEquals(200, page.code(), page.body());

        WebhookSubscriber stored = subscribers.findByUrl(receiver.url("/form")).orElseThrow();
        assertNotNull(stored.confirmedAt(), "verified by the challenge");
        assertTrue(page.body().contains(stored.secret()), "the secret is shown to whoever subscribed");
        assertEquals(List.of(Long.parseLong(web)), subscribers.componentIds(stored.id()));

        var challenge = receiver.all().stream().filter(r -> r.path().equals("/form")).findFirst().orElseThrow();
        assertTrue(challenge.challenge(), challenge.body());
        assertEquals("sha256=" + WebhookReceiver.hmac(stored.secret(), challenge.body()),
                challenge.header("X-Herald-Signature"), "the challenge is signed with the secret the page shows");

        // The payload's unsubscribe link: a bare POST, no login, no cookie.
        Matcher link = Pattern.compile("/webhooks/[A-Za-z0-9_-]{43}/unsubscribe").matcher(page.body());
        assertTrue(link.find(), page.body());
        assertEquals(200, http.toBlocking().exchange(HttpRequest.POST(link.group(), "")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class).code());
        assertNotNull(subscribers.findById(stored.id()).orElseThrow().unsubscribedAt());
        assertEquals(404, postExpectingError("/webhooks/" + "x".repeat(43) + "/unsubscribe"));
    }

    @Test
    void aUrlThatDoesNotEchoOrRedirectsOrIsNotHttpIsRefusedOnTheUrlFieldAndNothingIsStored() {
        receiver.answerChallenge("/silent", Answer.of(204));
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/silent"))),
                "url", "did not echo");
        receiver.answerChallenge("/moved", new Answer(302, Map.of("Location", receiver.url("/form")), ""));
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/moved"))),
                "url", "redirect");
        receiver.answerChallenge("/broken", Answer.of(500));
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/broken"))),
                "url", "HTTP 500");
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", "ftp://example.com/hook")),
                "url", "http:// or https://");
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", "")), "url", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", receiver.url("/" + "a".repeat(320)))), "url", "the limit is 320");
        api.assertFieldError(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", receiver.url("/api"), "components", List.of("999999"))), "components", "no component");
        assertTrue(subscribers.findByUrl(receiver.url("/silent")).isEmpty());
        assertTrue(subscribers.findByUrl(receiver.url("/moved")).isEmpty());
        assertTrue(receiver.posts("/form").isEmpty(), "the redirect was not followed");
        assertEquals(422, formStatus(Map.of("url", receiver.url("/silent"))), "the form refuses it too");
    }

    @Test
    void adminsListCreateAndDeleteWebhookSubscribers() {
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/api"))));
        assertEquals(receiver.url("/api"), created.get("url"));
        assertEquals(43, ((String) created.get("secret")).length(), "the secret, once");
        assertNotNull(created.get("confirmed_at"));

        Map<?, ?> vouched = api.send(HttpRequest.POST("/api/v1/webhook-subscribers",
                body("url", receiver.url("/no-challenge"), "skip_verification", true)));
        assertTrue(receiver.all().stream().noneMatch(r -> r.path().equals("/no-challenge")));

        List<Map<String, Object>> listed = api.list("/api/v1/webhook-subscribers");
        assertTrue(listed.stream().anyMatch(s -> s.get("id").equals(created.get("id"))), listed.toString());
        assertTrue(listed.stream().noneMatch(s -> s.containsKey("secret")), "secrets are never listed");

        assertEquals(204, http.toBlocking().exchange(HttpRequest.DELETE("/api/v1/webhook-subscribers/" + vouched.get("id"))
                .bearerAuth(ADMIN_TOKEN)).code());
        assertTrue(subscribers.findById(Long.parseLong((String) vouched.get("id"))).isEmpty());

        var anonymous = HttpRequest.GET("/api/v1/webhook-subscribers");
        var e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(anonymous, String.class));
        assertEquals(401, e.getStatus().getCode());
    }

    @Test
    void theDocumentationPageExplainsPayloadsAndSignatures() {
        String docs = http.toBlocking().retrieve("/webhooks");
        assertTrue(docs.contains("X-Herald-Signature") && docs.contains("component_update") && docs.contains("challenge"));
        String statusPage = http.toBlocking().retrieve("/");
        assertTrue(statusPage.contains("action=\"/subscribe/webhook\"") && statusPage.contains("href=\"/webhooks\""),
                "the status page offers the webhook form next to the e-mail one");
    }

    private HttpResponse<String> form(Map<String, String> fields) {
        return http.toBlocking().exchange(HttpRequest.POST("/subscribe/webhook", fields)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
    }

    private int formStatus(Map<String, String> fields) {
        try {
            return form(fields).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private int postExpectingError(String path) {
        try {
            return http.toBlocking().exchange(HttpRequest.POST(path, "")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }
}
