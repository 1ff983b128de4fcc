package io.herald.drill;

import io.herald.incident.PublishDueUpdates;
import io.herald.support.BrowserTest;
import io.herald.support.MutableClock;
import io.herald.support.TestSmtp;
import io.herald.support.WebhookReceiver;
import io.herald.support.WebhookReceiver.Answer;
import io.herald.system.TimeText;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A drill run against a clock the test moves: a timed first update 4 minutes after opening, then updates 20, 45
 * and 10 minutes apart against a 30-minute cadence, each mailed to the drill address and posted to a drill webhook
 * that refuses the first post for good (410) and the last one for now (503). The report has the exact figures, in
 * the API and on the page.
 */
@MicronautTest(transactional = false)
class DrillReportTest extends BrowserTest {

    private final WebhookReceiver receiver = WebhookReceiver.start();
    private TestSmtp mailServer;
    private Instant opened;
    private String drillId;

    @Inject
    MutableClock clock;
    @Inject
    PublishDueUpdates publishDue;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        if (mailServer == null) {
            mailServer = TestSmtp.start();
        }
        Map<String, String> settings = new HashMap<>(mailServer.settings("herald.drill.emails", "drill@acme.test"));
        settings.putAll(Map.of("herald.test.clock", "mutable", "herald.scheduler-interval", "1h",
                "herald.outbound.allow-private", "true", "herald.drill.webhooks", receiver.url("/drill")));
        return settings;
    }

    @AfterAll
    void stopServers() {
        receiver.close();
        mailServer.close();
    }

    @Test
    void theReportHasTheDrillsExactFigures() throws Exception {
        Map<?, ?> report = report(drill());
        assertEquals("GAMEDAY payments down", report.get("name"));
        assertEquals("resolved", report.get("status"));
        assertEquals(Timestamps.iso(opened), report.get("created_at"));
        assertEquals(Timestamps.iso(opened.plusSeconds(240)), report.get("first_update_at"));
        assertEquals(240, number(report, "seconds_to_first_update"));
        assertEquals(30, number(report, "cadence_minutes"));

        List<?> updates = (List<?>) report.get("updates");
        assertEquals(List.of("investigating", "identified", "monitoring", "resolved"),
                updates.stream().map(u -> ((Map<?, ?>) u).get("status")).toList());
        assertEquals(Arrays.asList(null, 1200L, 2700L, 600L), updates.stream()
                .map(u -> ((Map<?, ?>) u).get("seconds_since_previous"))
                .map(n -> n == null ? null : ((Number) n).longValue()).toList());
        assertEquals(Arrays.asList(null, true, false, true),
                updates.stream().map(u -> ((Map<?, ?>) u).get("on_time")).toList());
        Map<?, ?> late = (Map<?, ?>) updates.get(2);
        assertEquals(Timestamps.iso(opened.plus(Duration.ofMinutes(69))), late.get("posted_at"));
        assertEquals(Timestamps.iso(opened.plus(Duration.ofMinutes(54))), late.get("due_at"), "30 min after the one before");
        assertNull(((Map<?, ?>) updates.get(0)).get("due_at"), "the first update is timed from the opening instead");

        Map<?, ?> cadence = (Map<?, ?>) report.get("cadence");
        assertEquals(2, number(cadence, "on_time"));
        assertEquals(1, number(cadence, "late"));
        assertEquals(2700, number(cadence, "longest_gap_seconds"));
        assertEquals(false, cadence.get("overdue_now"), "resolved: nothing is owed");

        Map<?, ?> deliveries = (Map<?, ?>) report.get("deliveries");
        assertEquals(List.of(
                        Map.of("channel", "email", "queued", 0, "sent", 4, "retrying", 0, "failed", 0, "total", 4),
                        Map.of("channel", "webhook", "queued", 0, "sent", 2, "retrying", 1, "failed", 1, "total", 4)),
                deliveries.get("channels"));
        List<?> failures = (List<?>) deliveries.get("failures");
        assertEquals(1, failures.size(), failures.toString());
        Map<?, ?> failure = (Map<?, ?>) failures.get(0);
        assertEquals("WEBHOOK", failure.get("channel"));
        assertEquals(receiver.url("/drill"), failure.get("recipient"));
        assertEquals(1, number(failure, "attempts"));
        assertTrue(((String) failure.get("last_error")).startsWith("HTTP 410"), failure.toString());
    }

    @Test
    void anUnknownIncidentIs404AndARealOneIs409() {
        var unknown = refused("/api/v1/incidents/987654/drill-report");
        assertEquals(HttpStatus.NOT_FOUND, unknown.getStatus());
        assertEquals("Incident 987654 does not exist", message(unknown));

        Map<?, ?> real = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Real outage", "body", "Real.")));
        var conflict = refused("/api/v1/incidents/" + real.get("id") + "/drill-report");
        assertEquals(HttpStatus.CONFLICT, conflict.getStatus());
        assertEquals("Incident " + real.get("id") + " is not a drill; only a drill has a drill report", message(conflict));

        var anonymous = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/incidents/" + drill() + "/drill-report")));
        assertEquals(HttpStatus.UNAUTHORIZED, anonymous.getStatus(), "signed-in users only, as the other incident routes");
    }

    @Test
    void theDrillsWorkspaceLinksToTheReportPageWhichShowsTheFigures() throws Exception {
        String id = drill();
        Map<?, ?> real = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Real latency", "body", "Real.")));
        signInAsAdmin();
        WebDriver driver = browser().driver();
        browser().open(url("/admin/incidents/" + real.get("id")));
        assertTrue(driver.findElements(By.linkText("Drill report")).isEmpty(), "only a drill has a report");

        browser().open(url("/admin/incidents/" + id));
        driver.findElement(By.linkText("Drill report")).click();
        browser().waiting(Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/admin/incidents/" + id + "/drill-report")));
        assertEquals("Drill report: GAMEDAY payments down", driver.findElement(By.tagName("h1")).getText());
        assertTrue(driver.findElement(By.id("time-to-first-update")).getText().startsWith("4 min 00 s"),
                driver.findElement(By.id("time-to-first-update")).getText());
        assertEquals("2 on time, 1 late; longest gap 45 min 00 s.", driver.findElement(By.id("cadence-kept")).getText());

        List<WebElement> rows = driver.findElements(By.cssSelector(".drill-updates tbody tr"));
        assertEquals(4, rows.size());
        assertEquals(List.of("monitoring", TimeText.shown(opened.plus(Duration.ofMinutes(69)), "UTC"), "45 min 00 s",
                        TimeText.shown(opened.plus(Duration.ofMinutes(54)), "UTC"), "late"),
                rows.get(2).findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
        assertEquals(List.of("webhook", "0", "2", "1", "1", "4"), driver.findElements(
                By.cssSelector(".drill-deliveries tr[data-channel=webhook] td")).stream().map(WebElement::getText).toList());
        assertTrue(driver.findElement(By.cssSelector(".drill-failures li")).getText()
                .startsWith("webhook to " + receiver.url("/drill") + " after 1 attempt(s): HTTP 410"));
        assertTrue(browser().severeConsoleEntries().isEmpty(), browser().severeConsoleEntries().toString());
    }

    /** Runs the drill once for the class and answers its id. */
    private synchronized String drill() throws InterruptedException {
        if (drillId != null) {
            return drillId;
        }
        opened = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        clock.set(opened);
        receiver.script("/drill", Answer.of(410));
        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY payments down",
                "body", "Card payments fail (rehearsal).", "drill", true, "severity", "sev2",
                "update_interval_minutes", 30, "publish_at", Timestamps.iso(opened.plus(Duration.ofMinutes(4))))));
        String id = (String) created.get("id");
        assertEquals(0, publishDue.publishDue(), "the first update waits for its time");
        clock.set(opened.plus(Duration.ofMinutes(4)));
        assertEquals(1, publishDue.publishDue());
        awaitSettled(id, 2);
        post(id, 24, "identified", "Fix identified.", 4);
        post(id, 69, "monitoring", "Watching the fix.", 6);
        receiver.script("/drill", Answer.of(503));
        post(id, 79, "resolved", "Over.", 8);
        drillId = id;
        return id;
    }

    private void post(String id, int minute, String status, String body, int settled) throws InterruptedException {
        clock.set(opened.plus(Duration.ofMinutes(minute)));
        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", status, "body", body)));
        awaitSettled(id, settled);
    }

    /**
     * Waits until this many deliveries are out of the queue: the clock stands still meanwhile, so that no lease
     * runs out under a delivery being sent, and a retry stays a retry.
     */
    private void awaitSettled(String id, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Map<?, ?> deliveries = Map.of();
        while (System.nanoTime() < deadline) {
            deliveries = (Map<?, ?>) report(id).get("deliveries");
            long settled = ((List<?>) deliveries.get("channels")).stream().map(c -> (Map<?, ?>) c)
                    .mapToLong(c -> number(c, "total") - number(c, "queued")).sum();
            if (settled == count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(count + " deliveries never settled: " + deliveries);
    }

    private Map<?, ?> report(String id) {
        return api.send(HttpRequest.GET("/api/v1/incidents/" + id + "/drill-report"));
    }

    private HttpClientResponseException refused(String path) {
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET(path).bearerAuth(ADMIN_TOKEN), Map.class));
    }

    private static String message(HttpClientResponseException e) {
        return (String) e.getResponse().getBody(Map.class).orElseThrow().get("message");
    }

    private static long number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).longValue();
    }
}
