package io.herald.component;

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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** An admin signs in, adds a component and reports an outage, all through the admin UI in a real browser. */
@MicronautTest(transactional = false)
class AdminBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void signsInAddsAComponentAndReportsAMajorOutageThatThePublicSeesAtOnce() throws InterruptedException {
        Browser browser = browser();
        WebDriver driver = browser.driver();
        browser.size(1280, 1000).open(url("/admin/components"));
        assertEquals(url("/login"), driver.getCurrentUrl(), "signed-out visitors are sent to the login form");

        submitAdminLogin();
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Components"));

        WebElement addForm = driver.findElement(By.xpath("//h2[normalize-space()='Add a component']/following-sibling::form[1]"));
        addForm.findElement(By.name("name")).sendKeys("Payments API");
        addForm.findElement(By.name("description")).sendKeys("Card and bank payments");
        addForm.findElement(By.xpath(".//button[normalize-space()='Add component']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(addForm));

        WebElement row = componentRow("Payments API");
        String id = row.getAttribute("id").substring("component-".length());
        new Select(row.findElement(By.name("status"))).selectByVisibleText("Major outage");
        row.findElement(By.xpath(".//button[normalize-space()='Set']")).click();
        long clicked = System.nanoTime();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(row));

        // The public API follows within a second of the click.
        while (true) {
            Map<?, ?> summary = http.toBlocking().retrieve("/api/v2/summary.json", Map.class);
            Map<?, ?> status = (Map<?, ?>) summary.get("status");
            if ("major".equals(status.get("indicator"))) {
                assertEquals("Major System Outage", status.get("description"));
                Map<?, ?> component = ((List<?>) summary.get("components")).stream().map(c -> (Map<?, ?>) c)
                        .filter(c -> id.equals(c.get("id"))).findFirst().orElseThrow();
                assertEquals("major_outage", component.get("status"));
                assertEquals("Payments API", component.get("name"));
                break;
            }
            if (System.nanoTime() - clicked > 1_000_000_000L) {
                fail("summary.json still says " + status + " a second after the change");
            }
            Thread.sleep(50);
        }
        String selected = new Select(componentRow("Payments API").findElement(By.name("status")))
                .getFirstSelectedOption().getText();
        assertEquals("Major outage", selected, "the admin page shows the new status");

        browser.open(url("/"));
        assertEquals("Major System Outage", driver.findElement(By.cssSelector(".banner")).getText());
        WebElement publicRow = driver.findElements(By.cssSelector("li.component")).stream()
                .filter(li -> li.getText().startsWith("Payments API")).findFirst().orElseThrow();
        assertTrue(publicRow.getText().contains("Major outage"), publicRow.getText());

        assertEquals(List.of(), browser.severeConsoleEntries().stream().map(Object::toString).toList());
    }

    private WebElement componentRow(String name) {
        return browser().driver().findElements(By.cssSelector("tr[id^='component-']")).stream()
                .filter(tr -> tr.findElement(By.tagName("strong")).getText().equals(name))
                .findFirst().orElseGet(() -> fail("no admin row for " + name));
    }
}
