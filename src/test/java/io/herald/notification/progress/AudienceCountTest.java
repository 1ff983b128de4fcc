package io.herald.notification.progress;

import io.herald.support.BrowserTest;
import io.herald.support.WebhookReceiver;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Before posting, the comms role sees who an update would notify: the API counts as the fan-out selects (active
 * subscribers of the components or of everything), and the post form shows it as components are chosen.
 */
@MicronautTest(transactional = false)
class AudienceCountTest extends BrowserTest {

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
    void countsWhoAnUpdateWouldReachAndTheFormShowsIt() {
        String database = api.component("Database");
        String website = api.component("Website");
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "all@acme.test")));
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "dba@acme.test", "components", List.of(database))));
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "dba2@acme.test", "components", List.of(database))));
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "web@acme.test", "components", List.of(website))));
        api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "dba2@acme.test", "reason", "bounce")));
        api.send(HttpRequest.POST("/api/v1/webhook-subscribers", body("url", receiver.url("/db"),
                "components", List.of(database))));
        api.send(HttpRequest.POST("/api/v1/chat-channels", body("name", "Status", "kind", "slack",
                "webhook_url", receiver.url("/chat"), "audience", "public", "components", List.of())));

        assertEquals(Map.of("email_subscribers", 1, "webhook_subscribers", 0, "chat_channels", 1, "twitter", false),
                api.send(HttpRequest.GET("/api/v1/audience")), "no component: those of everything");
        assertEquals(Map.of("email_subscribers", 2, "webhook_subscribers", 1, "chat_channels", 1, "twitter", false),
                api.send(HttpRequest.GET("/api/v1/audience?components=" + database)), "a suppressed address is not counted");
        assertEquals(3L, ((Number) api.send(HttpRequest.GET("/api/v1/audience?components=" + database + "," + website))
                .get("email_subscribers")).longValue());
        api.assertFieldError(HttpRequest.GET("/api/v1/audience?components=1,drop"), "components", "'drop' is not a component id");
        api.assertFieldError(HttpRequest.GET("/api/v1/audience?components=1,,2"), "components", "components has an empty item");

        WebDriver driver = browser().driver();
        signInAsAdmin();
        browser().open(url("/admin/incidents"));
        WebElement line = driver.findElement(By.cssSelector("form.incident-form [data-audience]"));
        browser().waiting(Duration.ofSeconds(5)).until(d -> line.getText().startsWith("Will notify 1 e-mail subscriber,"));
        new Select(driver.findElement(By.name("component_" + database))).selectByValue("major_outage");
        browser().waiting(Duration.ofSeconds(5)).withMessage(line::getText).until(d -> line.getText()
                .equals("Will notify 2 e-mail subscribers, 1 webhook and 1 chat channel."));
        driver.findElement(By.name("deliver_notifications")).click();
        assertEquals("Nobody is notified: \"Notify subscribers\" is off.", line.getText());
    }
}
