package io.herald.webhook;

import io.herald.support.BrowserTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real Chromium, a visitor subscribes a URL from the status page's "Or by webhook" form: it answers the
 * challenge, and the page shows the signing secret once; a URL that does not answer it, or is no http(s) URL, gets
 * a clear message and nothing is stored. (Loopback URLs are allowed here; {@link PrivateWebhookRefusedTest} has
 * the guard on.)
 */
@MicronautTest(transactional = false)
class WebhookSubscribeBrowserTest extends BrowserTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.outbound.allow-private", "true");
    }

    @AfterAll
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aUrlThatAnswersTheChallengeIsSubscribedAndItsSecretShownOnce() {
        WebDriver driver = browser().driver();
        String hook = receiver.url("/hooks/status");
        String page = WebhookForm.submit(browser(), url("/"), hook);
        assertEquals("Webhook subscribed", driver.findElement(By.tagName("h1")).getText(), page);
        String secret = driver.findElement(By.cssSelector(".webhook-secret")).getText();
        assertEquals(43, secret.length(), "the signing secret, shown once: " + secret);
        assertTrue(receiver.all().stream().anyMatch(r -> r.path().equals("/hooks/status") && r.challenge()),
                "Herald posted the challenge first");
        assertTrue(api.list("/api/v1/webhook-subscribers").stream()
                .anyMatch(s -> hook.equals(s.get("url")) && s.get("confirmed_at") != null), "stored, verified");
    }

    @Test
    void aUrlThatDoesNotAnswerTheChallengeGetsAClearMessage() {
        receiver.answerChallenge("/silent", Answer.of(204));
        String refused = WebhookForm.submit(browser(), url("/"), receiver.url("/silent"));
        assertTrue(refused.contains("challenge") && refused.contains("go back"), refused);
        assertTrue(receiver.all().stream().anyMatch(r -> r.path().equals("/silent") && r.challenge()),
                "the challenge was posted");
        assertFalse(api.text("/api/v1/webhook-subscribers").contains("/silent"), "a silent URL is not stored");
    }

    @Test
    void malformedAndNonHttpUrlsGetAClearMessage() {
        String malformed = WebhookForm.submit(browser(), url("/"), "http://status hooks.acme.test/in");
        assertTrue(malformed.contains("is not a URL") && malformed.contains("go back"), malformed);
        String ftp = WebhookForm.submit(browser(), url("/"), "ftp://files.acme.test/hook");
        assertTrue(ftp.contains("Use an http:// or https:// URL"), ftp);
        String stored = api.text("/api/v1/webhook-subscribers");
        assertFalse(stored.contains("acme.test"), "neither is stored: " + stored);
    }
}
