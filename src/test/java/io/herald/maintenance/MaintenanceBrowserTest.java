package io.herald.maintenance;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planning maintenance and starting it by hand, through the admin UI in real Chromium. */
@MicronautTest(transactional = false)
class MaintenanceBrowserTest extends BrowserTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void plansMaintenanceSeesItOnTheDashboardAndStartsIt() throws InterruptedException {
        String componentId = api.component("Database");
        Browser browser = browser().size(1280, 1200);
        WebDriver driver = browser.driver();
        signInAsAdmin();

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
        WebElement update = row.findElement(By.cssSelector("form[action$='/updates']"));
        new Select(update.findElement(By.name("status"))).selectByValue("in_progress");
        update.findElement(By.name("body")).sendKeys("The upgrade has begun.");
        update.findElement(By.xpath(".//button[normalize-space()='Post maintenance update']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(update));

        awaitPublic("/api/v2/scheduled-maintenances/active.json", "The upgrade has begun.");
        assertEquals("under_maintenance", api.componentStatus(componentId));
        browser.open(url("/"));
        assertEquals("Service Under Maintenance", driver.findElement(By.cssSelector(".banner")).getText());
        assertTrue(browser.severeConsoleEntries().isEmpty(), browser.severeConsoleEntries().toString());
    }

    private void awaitPublic(String path, String text) throws InterruptedException {
        api.awaitText(path, text, Duration.ofSeconds(2));
    }
}
