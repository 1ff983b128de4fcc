package io.herald.maintenance;

import io.herald.support.Browser;
import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planning maintenance and starting it by hand, through the admin UI in real Chromium. */
@MicronautTest(transactional = false)
class MaintenanceBrowserTest extends HeraldTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EmbeddedServer server;

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void plansMaintenanceSeesItOnTheDashboardAndStartsIt() throws InterruptedException {
        String componentId = (String) http.toBlocking().retrieve(HttpRequest.POST("/api/v1/components",
                Map.of("name", "Database")).bearerAuth(ADMIN_TOKEN), Map.class).get("id");
        WebDriver driver = browser.driver();
        browser.size(1280, 1200).open(url("/login"));
        driver.findElement(By.name("email")).sendKeys(ADMIN_EMAIL);
        driver.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.urlToBe(url("/admin/components")));

        browser.open(url("/admin/maintenances"));
        WebElement plan = driver.findElement(By.cssSelector("form[action='/admin/maintenances']"));
        plan.findElement(By.name("name")).sendKeys("Database upgrade");
        plan.findElement(By.name("body")).sendKeys("We upgrade the database; short pauses are expected.");
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        // The page zone is UTC here; typing into datetime-local fields depends on the browser's locale.
        browser.script("arguments[0].value = arguments[1];", plan.findElement(By.name("scheduled_for")), now.plusHours(1).format(LOCAL));
        browser.script("arguments[0].value = arguments[1];", plan.findElement(By.name("scheduled_until")), now.plusHours(3).format(LOCAL));
        plan.findElement(By.name("component_" + componentId)).click();
        plan.findElement(By.xpath(".//button[normalize-space()='Schedule maintenance']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(plan));

        WebElement row = driver.findElement(By.xpath("//tr[starts-with(@id,'maintenance-')]"));
        assertTrue(row.getText().contains("Database upgrade") && row.getText().contains("Scheduled"), row.getText());
        awaitPublic("/api/v2/scheduled-maintenances/upcoming.json", "Database upgrade");

        browser.open(url("/admin/incidents"));
        assertTrue(driver.findElement(By.cssSelector(".maintenance-list")).getText().contains("Database upgrade"),
                "the comms dashboard lists upcoming maintenance");

        browser.open(url("/admin/maintenances"));
        row = driver.findElement(By.xpath("//tr[starts-with(@id,'maintenance-')]"));
        row.findElement(By.tagName("summary")).click();
        WebElement update = row.findElement(By.cssSelector("form"));
        new Select(update.findElement(By.name("status"))).selectByValue("in_progress");
        update.findElement(By.name("body")).sendKeys("The upgrade has begun.");
        update.findElement(By.xpath(".//button[normalize-space()='Post maintenance update']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(update));

        awaitPublic("/api/v2/scheduled-maintenances/active.json", "The upgrade has begun.");
        Map<?, ?> component = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/components/" + componentId)
                .bearerAuth(ADMIN_TOKEN), Map.class);
        assertEquals("under_maintenance", component.get("status"));
        browser.open(url("/"));
        assertEquals("Service Under Maintenance", driver.findElement(By.cssSelector(".banner")).getText());
        assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());
    }

    private void awaitPublic(String path, String text) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (http.toBlocking().retrieve(path).contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " never showed " + text);
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }
}
