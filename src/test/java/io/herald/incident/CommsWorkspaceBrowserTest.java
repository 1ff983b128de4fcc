package io.herald.incident;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comms role's day, in real Chromium: open an incident, post, schedule and resolve. */
@MicronautTest(transactional = false)
class CommsWorkspaceBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void opensPostsSchedulesAndResolvesAnIncident() throws InterruptedException {
        String componentId = api.component("Search");
        Browser browser = browser().size(1280, 1200);
        WebDriver driver = browser.driver();
        signInAsAdmin();

        browser.open(url("/admin/incidents"));
        WebElement open = driver.findElement(By.cssSelector("form[action='/admin/incidents']"));
        open.findElement(By.name("name")).sendKeys("My own words");
        new Select(open.findElement(By.name("template"))).selectByVisibleText("Major outage");
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).dismiss();
        assertEquals("My own words", open.findElement(By.name("name")).getAttribute("value"),
                "what was typed stays when the person says no");
        new Select(open.findElement(By.name("template"))).selectByVisibleText("Major outage");
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent()).accept();
        assertEquals("Service unavailable", open.findElement(By.name("name")).getAttribute("value"),
                "the template picker fills the form");
        WebElement title = open.findElement(By.name("name"));
        title.clear();
        title.sendKeys("Search is down");
        new Select(open.findElement(By.name("component_" + componentId))).selectByVisibleText("Major outage");
        open.findElement(By.xpath(".//button[normalize-space()='Open incident']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.urlMatches(".*/admin/incidents/\\d+$"));
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Search is down"));
        assertTrue(driver.findElement(By.cssSelector("time[data-countdown]")).getText().contains("(in "),
                "SEV1 counts down to its next update");
        awaitPublic("Search is down");

        WebElement post = driver.findElement(By.cssSelector("form[action$='/updates']"));
        new Select(post.findElement(By.name("status"))).selectByValue("identified");
        post.findElement(By.name("body")).sendKeys("We found a failing index node.");
        assertTrue(driver.findElement(By.id("update-preview")).getText().contains("failing index node"),
                "the preview shows the message as typed");
        post.findElement(By.name("body")).sendKeys(" **Details** at https://example.com/status");
        browser.waiting(Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector("#update-preview strong")).isEmpty()
                && !d.findElements(By.cssSelector("#update-preview a[href='https://example.com/status']")).isEmpty());
        post.findElement(By.name("internal_note")).sendKeys("node es-3 disk full");
        post.findElement(By.xpath(".//button[normalize-space()='Post update']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(post));
        assertTrue(driver.findElement(By.cssSelector(".admin-timeline")).getText().contains("es-3 disk full"),
                "the team sees its internal note");
        awaitPublic("failing index node");

        post = driver.findElement(By.cssSelector("form[action$='/updates']"));
        post.findElement(By.name("body")).sendKeys("Index rebuilt; we keep watching.");
        new Select(post.findElement(By.name("status"))).selectByValue("monitoring");
        // The page zone is UTC here; typing into a datetime-local field depends on the browser's locale.
        String inTwoMinutes = LocalDateTime.now(ZoneOffset.UTC).plusMinutes(2).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        browser.script("arguments[0].value = arguments[1];", post.findElement(By.name("publish_at")), inTwoMinutes);
        post.findElement(By.xpath(".//button[normalize-space()='Post update']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(post));
        assertTrue(driver.findElement(By.cssSelector(".admin-timeline")).getText().contains("scheduled for"));
        assertFalse(http.toBlocking().retrieve("/api/v2/incidents.json").contains("Index rebuilt"),
                "a scheduled update stays hidden until its time");

        post = driver.findElement(By.cssSelector("form[action$='/updates']"));
        new Select(post.findElement(By.name("status"))).selectByValue("resolved");
        post.findElement(By.name("body")).sendKeys("Search is back to normal.");
        post.findElement(By.name("resolve_components")).click();
        post.findElement(By.xpath(".//button[normalize-space()='Post update']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(post));
        assertTrue(driver.findElement(By.cssSelector(".admin-timeline")).getText().contains("cancelled"),
                "resolving cancels the scheduled update that would reopen the incident");
        List<WebElement> timeline = driver.findElements(By.cssSelector(".admin-timeline > li"));
        assertTrue(timeline.get(0).getText().startsWith("Resolved"), "the resolution stays on top: " + timeline.get(0).getText());
        assertTrue(timeline.get(0).getText().contains("Search: Major outage → Operational"),
                "components by name, in the words the page uses: " + timeline.get(0).getText());
        WebElement cancelled = timeline.stream().filter(li -> li.getText().contains("cancelled")).findFirst().orElseThrow();
        assertTrue(timeline.indexOf(cancelled) > 0, "a cancelled update sorts by when it was cancelled");
        assertTrue(cancelled.findElements(By.xpath(".//summary[normalize-space()='Correct the text']")).isEmpty(),
                "nothing to correct in an update that never went out");
        awaitPublic("Search is back to normal.");
        assertEquals("operational", api.componentStatus(componentId));
        assertFalse(http.toBlocking().retrieve("/incidents/" + incidentId(driver)).contains("es-3"));
        assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());
    }

    private static String incidentId(WebDriver driver) {
        String url = driver.getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private void awaitPublic(String text) throws InterruptedException {
        api.awaitText("/api/v2/incidents.json", text, Duration.ofSeconds(2));
    }
}
