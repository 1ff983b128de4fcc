package io.herald.subscriber;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In real Chromium: the subscribers page imports a CSV all or nothing, deletes a subscriber, lifts a suppression. */
@MicronautTest(transactional = false)
class SubscriberAdminBrowserTest extends BrowserTest {

    @TempDir
    Path files;

    @Inject
    SubscriberRepository subscribers;
    @Inject
    SuppressionRepository suppressions;

    @Override
    protected Map<String, String> extraProperties() {
        // Tiny limits, so that both oversize answers (Herald's and the server's) cost a few kilobytes.
        return Map.of("herald.subscribers.import-max-bytes", "4KB", "micronaut.server.max-request-size", "16KB",
                "micronaut.server.multipart.max-file-size", "16KB");
    }

    @Test
    void importsAGoodFileShowsTheRowsOfABadOneImportsNothingFromItAndDeletes() throws Exception {
        String web = api.component("Website");
        Browser browser = browser().size(1280, 1200);
        WebDriver driver = browser.driver();
        signInAsAdmin();
        driver.findElement(By.linkText("Subscribers")).click();
        assertEquals("Subscribers", driver.findElement(By.tagName("h1")).getText());

        upload(csv("good.csv", "email,components\nann@import.test\nBob@Import.test," + web + "\n"), true);
        assertEquals("Imported 2 subscribers", importResult().split(" \\(")[0]);
        assertEquals(List.of("ann@import.test", "all", "confirmed"), cells("ann@import.test").subList(0, 3));
        assertEquals(List.of("bob@import.test", "Website", "confirmed"), cells("bob@import.test").subList(0, 3));

        upload(csv("bad.csv", "carl@import.test\nnot-an-address\ndora@import.test,99999\n"), false);
        assertTrue(importResult().startsWith("2 rows are invalid; nothing was imported"), importResult());
        List<String> problems = driver.findElements(By.cssSelector("#import-rows tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("2 email not-an-address invalid row 2: 'not-an-address' is not an e-mail address",
                "3 components dora@import.test invalid row 3: component 99999 does not exist"), problems);
        assertTrue(subscribers.findByEmail("carl@import.test").isEmpty(), "all or nothing: the good row stays out");
        assertFalse(table("subscribers").contains("carl@import.test"));

        WebElement ann = row("ann@import.test");
        ann.findElement(By.xpath(".//button[normalize-space()='Delete']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(ann));
        assertFalse(table("subscribers").contains("ann@import.test"), table("subscribers"));
        assertTrue(subscribers.findByEmail("ann@import.test").isEmpty());
        assertTrue(driver.findElement(By.id("subscriber-counts")).getText().startsWith("1 confirmed"));

        // The export link works with the browser's session alone.
        String href = driver.findElement(By.linkText("Download all as CSV")).getAttribute("href");
        var session = driver.manage().getCookieNamed("herald_session");
        HttpResponse<String> export = HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", session.getName() + "=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.body().contains("bob@import.test," + web + ",active,"), export.body());
        assertFalse(export.body().contains("ann@import.test"), export.body());
    }

    @Test
    void liftsASuppression() {
        api.send(HttpRequest.POST("/api/v1/subscribers", body("email", "gone@import.test")));
        api.send(HttpRequest.POST("/api/v1/suppressions", body("email", "gone@import.test", "reason", "bounce")));
        Browser browser = browser();
        signInAsAdmin();
        browser.open(url("/admin/subscribers?q=gone@"));
        assertEquals("suppressed", cells("gone@import.test").get(2));
        WebElement suppression = browser.driver().findElements(By.cssSelector("#suppressions tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("gone@import.test bounce")).findFirst().orElseThrow();
        suppression.findElement(By.xpath(".//button[normalize-space()='Lift']")).click();
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(suppression));
        assertFalse(table("suppressions").contains("gone@import.test"), table("suppressions"));
        assertTrue(suppressions.findByEmail("gone@import.test").isEmpty());
        assertEquals("confirmed", cells("gone@import.test").get(2), "the subscriber gets mail again");
    }

    @Test
    void oversizeFilesGetAClearMessageOnThePage() throws Exception {
        Path overHerald = csv("over-herald.csv", "big@oversize.test\n".repeat(400));
        Path overServer = csv("over-server.csv", "big@oversize.test\n".repeat(1200));
        signInAsAdmin();
        browser().open(url("/admin/subscribers"));
        upload(overHerald, false);
        assertEquals("The file is 7200 bytes; the import takes files up to 4 KB; split it", fileError(browser()));

        // Without JavaScript the server itself answers, for files over Herald's limit and over the server's.
        try (Browser plain = Browser.withoutJavaScript()) {
            signInAsAdmin(plain);
            plain.open(url("/admin/subscribers"));
            submitWithoutScript(plain, overHerald);
            assertEquals("The file is 7200 bytes; the import limit (herald.subscribers.import-max-bytes) is 4096 bytes;"
                    + " split it", fileError(plain));
            submitWithoutScript(plain, overServer);
            assertEquals("The file is larger than this server accepts (micronaut.server.max-request-size); the import"
                    + " takes files up to 4 KB; split it", fileError(plain));
        }
        assertTrue(subscribers.findByEmail("big@oversize.test").isEmpty());
    }

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(files.resolve(name), content);
    }

    private void upload(Path file, boolean confirmed) {
        WebDriver driver = browser().driver();
        WebElement form = driver.findElement(By.id("import-form"));
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        if (confirmed) {
            form.findElement(By.name("confirmed")).click();
        }
        WebElement before = driver.findElement(By.tagName("html"));
        form.findElement(By.xpath(".//button[normalize-space()='Import']")).click();
        // The page the server answers (an earlier import's result is on the page already), or the browser's refusal.
        browser().waiting(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class).until(d ->
                ExpectedConditions.stalenessOf(before).apply(d) && !d.findElements(By.id("import-result")).isEmpty()
                        || d.findElement(By.id("import-file-error")).isDisplayed());
    }

    /** The result, which must be in sight at the top of the page, above the list of subscribers. */
    private String importResult() {
        WebElement result = browser().driver().findElement(By.id("import-result"));
        assertTrue(result.getLocation().getY() < browser().driver().findElement(By.id("subscribers")).getLocation().getY(),
                "the import's result is at the top, not below the list");
        return result.getText();
    }

    /** Posts the upload form as a browser without JavaScript does, and waits for the page the server answers. */
    private static void submitWithoutScript(Browser plain, Path file) {
        plain.driver().findElement(By.name("file")).sendKeys(file.toString());
        WebElement before = plain.driver().findElement(By.tagName("html"));
        plain.driver().findElement(By.xpath("//button[normalize-space()='Import']")).click();
        plain.waiting(Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
    }

    /** The message beside the file field, once shown (after a form post, on the page the server answered). */
    private static String fileError(Browser browser) {
        return browser.waiting(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .withMessage("the message stands beside the file field").until(d -> {
                    WebElement error = d.findElement(By.id("import-file-error"));
                    return error.isDisplayed() && !error.getText().isBlank() ? error.getText() : null;
                });
    }

    private String table(String id) {
        return browser().driver().findElement(By.id(id)).getText();
    }

    private WebElement row(String email) {
        return browser().driver().findElements(By.cssSelector("#subscribers tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().equals(email)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + email + " in " + table("subscribers")));
    }

    private List<String> cells(String email) {
        return row(email).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }
}
