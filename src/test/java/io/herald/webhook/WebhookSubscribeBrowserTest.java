package io.herald.webhook;

import io.herald.support.BrowserTest;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real Chromium, a visitor subscribes a URL from the status page's "Or by webhook" form: it answers the
 * challenge, and the page shows the signing secret once; a URL that does not answer it, or is no http(s) URL, gets
 * a clear message and nothing is stored.
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
    void aVisitorSubscribesAUrlThatAnswersTheChallengeAndOthersGetClearErrors() {
        WebDriver driver = browser().driver();
        String hook = receiver.url("/hooks/status");
        submit(hook);
        assertEquals("Webhook subscribed", driver.findElement(By.tagName("h1")).getText());
        String secret = driver.findElement(By.cssSelector(".webhook-secret")).getText();
        assertEquals(43, secret.length(), "the signing secret, shown once: " + secret);
        assertTrue(receiver.all().stream().anyMatch(r -> r.path().equals("/hooks/status") && r.challenge()),
                "Herald posted the challenge first");
        assertTrue(api.list("/api/v1/webhook-subscribers").stream()
                .anyMatch(s -> hook.equals(s.get("url")) && s.get("confirmed_at") != null), "stored, verified");

        receiver.answerChallenge("/silent", Answer.of(204));
        submit(receiver.url("/silent"));
        String refused = driver.findElement(By.tagName("main")).getText();
        assertTrue(refused.contains("challenge") && refused.contains("go back"), refused);

        submit("ftp://files.acme.test/hook");
        String malformed = driver.findElement(By.tagName("main")).getText();
        assertTrue(malformed.contains("http"), malformed);

        assertFalse(api.text("/api/v1/webhook-subscribers").contains("/silent"), "a silent URL is not stored");
        assertFalse(api.text("/api/v1/webhook-subscribers").contains("ftp://"), "nor a malformed one");
    }

    private void submit(String url) {
        WebDriver driver = browser().driver();
        browser().open(url("/"));
        WebElement box = driver.findElement(By.cssSelector("details.webhook-subscribe"));
        box.findElement(By.tagName("summary")).click();
        WebElement field = box.findElement(By.name("url"));
        // The field's own type=url check would stop an ftp:// URL in the browser; the server's answer is what is tested.
        browser().script("arguments[0].type = 'text';", field);
        field.sendKeys(url);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        browser().waiting(java.time.Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(url("/")));
    }
}
