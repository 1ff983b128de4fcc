package io.herald.support;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;

/**
 * Base of tests that drive Herald's pages in a real Chromium, one for all the tests of a class.
 * As for {@link HeraldTest}, annotate the subclass with {@code @MicronautTest(transactional = false)}.
 */
public abstract class BrowserTest extends HeraldTest {

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

    protected Browser browser() {
        return browser;
    }

    protected String url(String path) {
        return server.getURL().toString() + path;
    }

    /** Signs in through /login as the first admin. */
    protected void signInAsAdmin() {
        signInAsAdmin(browser);
    }

    /** Signs in another browser (e.g. one without JavaScript), signed out first if it was signed in. */
    protected void signInAsAdmin(Browser other) {
        other.open(url("/login"));
        other.driver().manage().deleteAllCookies();
        other.open(url("/login"));
        submitAdminLogin(other);
    }

    /** Fills in the login form the browser shows as the first admin, and waits for the admin's first page. */
    protected void submitAdminLogin() {
        submitAdminLogin(browser);
    }

    private void submitAdminLogin(Browser browser) {
        WebDriver driver = browser.driver();
        driver.findElement(By.name("email")).sendKeys(ADMIN_EMAIL);
        driver.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
        driver.findElement(By.xpath("//button[normalize-space()='Sign in']")).click();
        // An admin starts on the components, or on the incidents while one is open.
        browser.waiting(Duration.ofSeconds(5)).until(ExpectedConditions.or(
                ExpectedConditions.urlToBe(url("/admin/components")), ExpectedConditions.urlToBe(url("/admin/incidents"))));
    }
}
