package io.herald.subscriber;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.herald.support.BrowserTest;
import io.herald.support.TestSmtp;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor subscribes to one component on the status page, confirms by mail, and gets only its news. */
@MicronautTest(transactional = false)
class SubscribeBrowserTest extends BrowserTest {

    private static final Pattern CONFIRM = Pattern.compile("http://status\\.herald\\.test(/subscriptions/[A-Za-z0-9_-]+/confirm)");

    private TestSmtp mailServer;
    private GreenMail smtp;

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    protected Map<String, String> extraProperties() {
        if (mailServer == null) {
            mailServer = TestSmtp.start();
            smtp = mailServer.server();
        }
        return mailServer.settings();
    }

    @AfterAll
    void stopSmtp() {
        mailServer.close();
    }

    @Test
    void subscribesConfirmsAndReceivesOnlyItsComponent() throws Exception {
        String search = api.component("Search");
        String billing = api.component("Billing");
        Thread.sleep(400);

        WebDriver driver = browser().driver();
        browser().open(url("/"));
        WebElement form = driver.findElement(By.cssSelector("form[action='/subscribe']"));
        form.findElement(By.name("email")).sendKeys("visitor@example.test");
        form.findElement(By.tagName("summary")).click();
        form.findElement(By.name("component_" + search)).click();
        form.findElement(By.xpath(".//button[normalize-space()='Subscribe']")).click();
        browser().waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(form));
        assertTrue(driver.findElement(By.cssSelector(".subscription-message")).getText().startsWith("Almost done"));

        assertTrue(smtp.waitForIncomingEmail(10_000, 1), "the confirmation mail");
        MimeMessage confirmation = smtp.getReceivedMessages()[0];
        assertEquals("visitor@example.test", confirmation.getAllRecipients()[0].toString());
        Matcher link = CONFIRM.matcher(GreenMailUtil.getBody(confirmation).replace("=\r\n", ""));
        assertTrue(link.find(), "a confirmation link in the mail");

        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Before confirming", "body", "Not for you yet.",
                "components", Map.of(search, "partial_outage"))));
        browser().open(url(link.group(1)));
        driver.findElement(By.xpath("//button[normalize-space()='Confirm']")).click();
        browser().waiting(Duration.ofSeconds(5)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".subscription-message"), "Thank you"));

        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Billing delays", "body", "Not your component.",
                "components", Map.of(billing, "degraded_performance"))));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Search is slow", "body", "Yours.",
                "components", Map.of(search, "degraded_performance"))));
        assertTrue(smtp.waitForIncomingEmail(10_000, 2));
        Thread.sleep(1000);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length, "one confirmation, then only the news of the chosen component");
        assertTrue(received[1].getSubject().contains("Search is slow"), received[1].getSubject());
        assertTrue(browser().severeConsoleEntries().isEmpty(), browser().severeConsoleEntries().toString());
    }

    @Test
    void refusesAMalformedAddressAndAFloodOfRequestsForOneAddress() {
        var malformed = assertThrows(HttpClientResponseException.class, () -> subscribe("not-an-address"));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, malformed.getStatus());
        assertTrue(malformed.getResponse().getBody(String.class).orElseThrow().contains("is not an e-mail address"));

        for (int i = 0; i < 3; i++) {
            assertEquals(200, subscribe("target@example.test").code());
        }
        var limited = assertThrows(HttpClientResponseException.class, () -> subscribe("target@example.test"));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, limited.getStatus(), "a fourth request for one address is refused");
    }

    private io.micronaut.http.HttpResponse<String> subscribe(String email) {
        return http.toBlocking().exchange(HttpRequest.POST("/subscribe", "email=" + email)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), String.class);
    }
}
