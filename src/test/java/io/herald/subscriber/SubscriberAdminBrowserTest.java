package io.herald.subscriber;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real Chromium, an admin imports subscribers from a CSV file on /admin/subscribers, sees the per-row report of a
 * bad file (and that nothing of it was imported), a clear message for a file over the limit, deletes a subscriber
 * and lifts a suppression.
 */
@MicronautTest(transactional = false)
class SubscriberAdminBrowserTest extends BrowserTest {

    @TempDir
    Path files;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("herald.subscribers.import-max-bytes", "2000");
    }

    @Test
    void importsReportsBadRowsDeletesAndLifts() throws IOException {
        String database = api.component("Database");
        Browser browser = browser().size(1280, 1600);
        WebDriver driver = browser.driver();
        signInAsAdmin();
        browser.open(url("/admin/subscribers"));

        upload(csv("good.csv", "email,components\nann@acme.test,\nbob@acme.test," + database + "\n"), true);
        String page = driver.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("2 imported"), page);
        assertTrue(cell("ann@acme.test").isDisplayed());
        assertEquals("Database", row("bob@acme.test").findElements(By.tagName("td")).get(1).getText(), "component by name");
        assertEquals("active", row("bob@acme.test").findElements(By.tagName("td")).get(2).getText());

        upload(csv("bad.csv", "email\ncy@acme.test\nnot-an-address\ndee@\n"), false);
        WebElement report = driver.findElement(By.cssSelector(".import-report"));
        assertTrue(report.getText().contains("nothing was imported"), report.getText());
        List<WebElement> invalid = driver.findElements(By.cssSelector(".import-rows tr.invalid"));
        assertEquals(2, invalid.size(), "one line per bad row");
        assertTrue(invalid.get(0).getText().startsWith("3 not-an-address"), "row number as a spreadsheet shows it: "
                + invalid.get(0).getText());
        assertFalse(driver.findElement(By.cssSelector("table.subscribers")).getText().contains("cy@acme.test"),
                "the good row of a rejected file is not imported either");

        upload(csv("big.csv", "email\n" + "someone@acme.test\n".repeat(150)), false);
        String tooBig = driver.findElement(By.cssSelector("[role=alert]")).getText();
        assertTrue(tooBig.contains("import limit") && tooBig.contains("2000 bytes"), tooBig);

        row("ann@acme.test").findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        assertFalse(driver.findElement(By.cssSelector("table.subscribers")).getText().contains("ann@acme.test"));
        assertTrue(api.text("/api/v1/subscribers").contains("bob@acme.test"));
        assertFalse(api.text("/api/v1/subscribers").contains("ann@acme.test"), "deleted for real");

        api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "gone@acme.test", "reason", "bounce")));
        browser.open(url("/admin/subscribers"));
        WebElement suppressions = driver.findElement(By.cssSelector("table.suppressions"));
        assertTrue(suppressions.getText().contains("gone@acme.test"), suppressions.getText());
        suppressions.findElement(By.xpath(".//button[normalize-space()='Lift']")).click();
        assertFalse(driver.findElement(By.cssSelector("table.suppressions")).getText().contains("gone@acme.test"));
        assertFalse(api.text("/api/v1/suppressions").contains("gone@acme.test"), "lifted for real");
    }

    private void upload(Path file, boolean confirmed) {
        WebDriver driver = browser().driver();
        WebElement form = driver.findElement(By.cssSelector("form.import-form"));
        form.findElement(By.name("file")).sendKeys(file.toString());
        WebElement confirm = form.findElement(By.name("confirmed"));
        if (confirm.isSelected() != confirmed) {
            confirm.click();
        }
        form.findElement(By.xpath(".//button[normalize-space()='Import']")).click();
        browser().waiting(java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(".import-report, [role=alert]")).isEmpty());
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content);
    }

    private WebElement row(String email) {
        return browser().driver().findElement(By.xpath("//table[contains(@class,'subscribers')]//tr[td[1][normalize-space()='"
                + email + "']]"));
    }

    private WebElement cell(String email) {
        return row(email).findElement(By.tagName("td"));
    }
}
