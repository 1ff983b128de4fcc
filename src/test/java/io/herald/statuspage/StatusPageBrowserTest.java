package io.herald.statuspage;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The public status page as a visitor's real browser shows it. */
@MicronautTest(transactional = false)
class StatusPageBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @BeforeAll
    void publishComponents() throws InterruptedException {
        Map<?, ?> group = api.send(HttpRequest.POST("/api/v1/component-groups", Map.of("name", "Core platform")));
        Map<?, ?> publicApi = api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Public API",
                "group_id", group.get("id"), "description", "REST and GraphQL endpoints used by integrations")));
        api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Dashboard", "group_id", group.get("id"),
                "description", "The web app at app.herald-example.com")));
        api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "Documentation",
                "description", "Guides and the API reference")));
        // Names are often host names: one long word, which must still wrap on a phone.
        api.send(HttpRequest.POST("/api/v1/components", Map.of("name", "webhook-delivery.eu-central-1.herald-example.com")));
        api.send(HttpRequest.PATCH("/api/v1/components/" + publicApi.get("id"), Map.of("status", "partial_outage")));
        awaitIndicator("major");
    }

    @Test
    void showsTheOverallStatusTheGroupAndEachComponentsStatus() {
        browser().size(1280, 900).open(url("/"));

        WebElement banner = browser().driver().findElement(By.cssSelector(".banner"));
        assertEquals("Partial System Outage", banner.getText());

        WebElement group = browser().driver().findElement(By.cssSelector("li.component.group"));
        WebElement summary = group.findElement(By.tagName("summary"));
        assertTrue(summary.getText().contains("Core platform"), summary.getText());
        assertTrue(summary.getText().contains("Partial outage"), "a group shows its worst member: " + summary.getText());

        expandGroups(browser()); // a group may start folded, as on Statuspage; its summary unfolds it
        assertTrue(group.findElement(By.tagName("details")).getAttribute("open") != null);
        WebElement apiRow = row("Public API");
        assertTrue(apiRow.isDisplayed());
        assertEquals("Partial outage", apiRow.findElement(By.cssSelector(".status")).getText());
        assertEquals("Operational", row("Dashboard").findElement(By.cssSelector(".status")).getText());
        assertEquals("Operational", row("Documentation").findElement(By.cssSelector(".status")).getText());

        WebElement time = browser().driver().findElement(By.cssSelector(".updated time"));
        assertTrue(time.getText().matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC( \\(.+ your time\\))?"),
                "the last update names its zone: " + time.getText());
        assertTrue(time.getAttribute("datetime").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})"),
                time.getAttribute("datetime"));

        assertEquals("Powered by Herald · JSON API · RSS · Atom", browser().driver().findElement(By.cssSelector(".foot")).getText());
        assertNoConsoleErrors();
    }

    @Test
    void loadsTheThemesStylesheetAndScript() {
        browser().size(1280, 900).open(url("/"));

        // The stylesheet really applied: the "major" banner has the partial-outage colour, not the default.
        String background = (String) browser().script(
                "return getComputedStyle(document.querySelector('.banner')).backgroundColor");
        assertNotEquals("rgba(0, 0, 0, 0)", background);
        assertEquals("rgb(212, 99, 11)", background);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> loaded = (List<Map<String, Object>>) browser().script(
                "return performance.getEntriesByType('resource')"
                        + ".map(function (e) { return {name: e.name, status: e.responseStatus}; })");
        for (String asset : List.of("/assets/theme.css", "/assets/local-time.js")) {
            Map<String, Object> entry = loaded.stream().filter(e -> ((String) e.get("name")).endsWith(asset))
                    .findFirst().orElseGet(() -> fail(asset + " was not loaded: " + loaded));
            assertEquals(200L, ((Number) entry.get("status")).longValue(), asset);
        }

        // local-time.js ran: the time also reads in the visitor's zone (New York: EST or EDT), once and compactly:
        // the time, and the day only when it is another day there; never the year a second time.
        String time = browser().driver().findElement(By.cssSelector(".updated time")).getText();
        assertTrue(time.matches(".* UTC \\(([A-Z][a-z]{2} \\d{1,2}, )?\\d{2}:\\d{2} [AP]M E[SD]T your time\\)"), time);
        assertNoConsoleErrors();
    }

    @Test
    void fitsAPhoneWithoutSidewaysScrolling() {
        browser().size(375, 800).open(url("/"));
        expandGroups(browser());

        long viewport = ((Number) browser().script("return window.innerWidth")).longValue();
        assertTrue(viewport <= 400, "phone-sized viewport, was " + viewport);
        long scrollWidth = ((Number) browser().script("return document.documentElement.scrollWidth")).longValue();
        long clientWidth = ((Number) browser().script("return document.documentElement.clientWidth")).longValue();
        assertTrue(scrollWidth <= clientWidth, "scrollWidth " + scrollWidth + " > clientWidth " + clientWidth);
        assertEquals("Partial System Outage", browser().driver().findElement(By.cssSelector(".banner")).getText());
        assertNoConsoleErrors();
    }

    @Test
    void showsTheStatusWithJavaScriptOff() {
        try (Browser noScript = Browser.withoutJavaScript()) {
            noScript.size(1280, 900).open(url("/"));
            assertEquals("Partial System Outage", noScript.driver().findElement(By.cssSelector(".banner")).getText());
            expandGroups(noScript); // <details> needs no script
            WebElement apiRow = noScript.driver().findElements(By.cssSelector("li.component")).stream()
                    .filter(li -> li.getText().startsWith("Public API")).findFirst().orElseThrow();
            assertTrue(apiRow.getText().contains("Partial outage"), apiRow.getText());
            String time = noScript.driver().findElement(By.cssSelector(".updated time")).getText();
            assertTrue(time.endsWith(" UTC"), "the server-rendered time, with its zone and nothing added: " + time);
            assertEquals(List.of(), noScript.severeConsoleEntries().stream().map(Object::toString).toList());
        }
    }

    /** Unfolds every folded group by clicking its summary, as a visitor would. */
    private static void expandGroups(Browser in) {
        for (WebElement details : in.driver().findElements(By.cssSelector("li.group details"))) {
            if (details.getAttribute("open") == null) {
                details.findElement(By.tagName("summary")).click();
            }
        }
    }

    private WebElement row(String name) {
        return browser().driver().findElements(By.cssSelector("li.component:not(.group)")).stream()
                .filter(li -> li.findElement(By.cssSelector(".name")).getText().equals(name))
                .findFirst().orElseGet(() -> fail("no row for " + name));
    }

    private void assertNoConsoleErrors() {
        assertEquals(List.of(), browser().severeConsoleEntries().stream().map(Object::toString).toList());
    }

    private void awaitIndicator(String indicator) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (true) {
            Map<?, ?> status = (Map<?, ?>) http.toBlocking().retrieve("/api/v2/status.json", Map.class).get("status");
            if (indicator.equals(status.get("indicator"))) {
                return;
            }
            assertFalse(System.nanoTime() > deadline, "status still " + status);
            Thread.sleep(50);
        }
    }
}
