package io.herald.webhook;

import io.herald.support.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/** The status page's "Or by webhook" form, filled in as a visitor does; for the browser tests of both guards. */
final class WebhookForm {

    private WebhookForm() {
    }

    /** Opens the status page, submits the URL by the form, and answers the text of the page Herald shows then. */
    static String submit(Browser browser, String statusPage, String url) {
        WebDriver driver = browser.driver();
        browser.open(statusPage);
        WebElement box = driver.findElement(By.cssSelector("details.webhook-subscribe"));
        box.findElement(By.tagName("summary")).click();
        WebElement field = box.findElement(By.name("url"));
        // The field's own type=url check would stop a malformed URL in the browser; the server's answer is tested.
        browser.script("arguments[0].type = 'text';", field);
        field.sendKeys(url);
        box.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting(Duration.ofSeconds(15)).until(d -> !d.getCurrentUrl().equals(statusPage));
        return driver.findElement(By.tagName("main")).getText();
    }
}
