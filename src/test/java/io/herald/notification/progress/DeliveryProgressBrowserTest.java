package io.herald.notification.progress;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
import io.herald.support.RecordingSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import io.herald.system.Timestamps;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In real Chromium: the workspace shows an update's delivery bars and failures, and its Retry button delivers them. */
@MicronautTest(transactional = false)
class DeliveryProgressBrowserTest extends BrowserTest {

    private RecordingSmtp smtp;

    @Override
    protected Map<String, String> extraProperties() {
        if (smtp == null) {
            smtp = RecordingSmtp.start();
        }
        return smtp.settings("herald.delivery.max-attempts", "1");
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    @Test
    void failuresShowAndRetryDeliversThem() {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "one@acme.test")));
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "two@acme.test")));
        smtp.refusing(100);
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "API errors", "body", "Looking.")));

        Browser browser = browser().size(1280, 1200);
        WebDriver driver = browser.driver();
        signInAsAdmin();
        String page = url("/admin/incidents/" + incident.get("id"));
        browser.open(page);
        // The bars refresh on their own while deliveries are under way.
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".delivery-channel")).stream()
                .anyMatch(e -> e.getText().contains("2 failed")));
        WebElement failures = driver.findElement(By.cssSelector(".delivery-failures"));
        failures.findElement(By.tagName("summary")).click();
        assertTrue(failures.getText().contains("451"), "the server's answer is listed: " + failures.getText());
        WebElement retry = driver.findElement(By.cssSelector("form.retry-deliveries button"));
        assertTrue(retry.isDisplayed(), "Retry is offered when deliveries failed");

        smtp.refusing(0);
        retry.click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".delivery-channel")).stream()
                .anyMatch(e -> e.getText().contains("2 sent")));
        assertEquals(2, smtp.accepted().size());
        assertFalse(driver.findElement(By.cssSelector("form.retry-deliveries")).isDisplayed(), "nothing left to retry");
        // The bars are sized through the DOM: the admin pages' CSP refuses style attributes.
        assertEquals(driver.findElement(By.cssSelector(".delivery-bar")).getSize().getWidth(),
                driver.findElement(By.cssSelector(".delivery-bar .sent")).getSize().getWidth(), "all sent: a full bar");
        assertEquals(List.of(), browser.severeConsoleEntries().stream().map(Object::toString).toList());
    }

    @Test
    void maintenanceNoticesShowTheirBarsAndRetryToo() {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "ops@acme.test")));
        String database = api.component("Database");
        smtp.refusing(100);
        int before = smtp.accepted().size();
        Instant start = Instant.now().plus(Duration.ofDays(2));
        Map<?, ?> maintenance = api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Disk swap",
                "body", "Short pauses.", "components", List.of(database), "scheduled_for", Timestamps.iso(start),
                "scheduled_until", Timestamps.iso(start.plus(Duration.ofHours(1))))));

        Browser browser = browser().size(1280, 1200);
        WebDriver driver = browser.driver();
        signInAsAdmin();
        browser.open(url("/admin/maintenances"));
        WebElement row = driver.findElement(By.id("maintenance-" + maintenance.get("id")));
        row.findElement(By.tagName("summary")).click();
        browser.waiting(Duration.ofSeconds(20)).withMessage(() -> "bars: " + row.getText())
                .until(d -> row.findElements(By.cssSelector(".delivery-channel")).stream()
                .anyMatch(e -> e.getText().matches("(?s).*, [1-9]\\d* failed.*"))); // the earlier test's subscribers too
        WebElement retry = row.findElement(By.cssSelector("form.retry-deliveries button"));
        assertTrue(retry.isDisplayed(), "Retry is offered when deliveries failed");

        smtp.refusing(0);
        retry.click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> smtp.accepted().size() == before + 3);
        assertEquals(Set.of("one@acme.test", "two@acme.test", "ops@acme.test"), smtp.accepted().stream().skip(before)
                .map(RecordingSmtp.Accepted::recipient).collect(Collectors.toSet()), "the retried notices were delivered");
        assertTrue(driver.getCurrentUrl().contains("/admin/maintenances"), "back on the maintenance page");
    }
}
