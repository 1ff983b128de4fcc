package io.herald.stakeholder;

import io.herald.support.Browser;
import io.herald.support.BrowserTest;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In real Chromium: stakeholder groups made, changed and refused on the admin page, and a chat channel whose webhook
 * URL (a secret) the page never prints.
 */
@MicronautTest(transactional = false)
class StakeholderAdminBrowserTest extends BrowserTest {

    private static final String WEBHOOK = "https://8.8.8.8/services/T0001/B0002/SECRETtoken42";

    @Inject
    StakeholderGroupRepository groups;
    @Inject
    StakeholderMemberRepository members;
    @Inject
    ChatChannelRepository channels;

    @Test
    void groupsMembersAndChatChannelsWithClearErrorsAndAMaskedWebhook() {
        Browser browser = browser().size(1280, 1600);
        WebDriver driver = browser.driver();
        signInAsAdmin();
        driver.findElement(By.linkText("Stakeholders")).click();
        assertEquals("Stakeholders", driver.findElement(By.tagName("h1")).getText());

        WebElement create = driver.findElement(By.id("group-form"));
        create.findElement(By.name("name")).sendKeys("Executives");
        new Select(create.findElement(By.name("min_severity"))).selectByVisibleText("SEV2");
        create.findElement(By.name("members")).sendKeys("CEO@acme.test\ncfo@acme.test, coo@acme.test");
        send(create, "Add group");
        long executives = groups.listOrderByNameAsc().get(0).id();
        assertEquals(List.of("ceo@acme.test", "cfo@acme.test", "coo@acme.test"), memberList(executives));
        assertTrue(group(executives).findElement(By.tagName("h2")).getText().equals("Executives SEV2 and more severe"));

        // A bad address among the members: the message stands beside the field, what was typed is still there.
        create = driver.findElement(By.id("group-form"));
        create.findElement(By.name("name")).sendKeys("Board");
        create.findElement(By.name("members")).sendKeys("chair@acme.test\nnot-an-address");
        send(create, "Add group");
        assertEquals("'not-an-address' is not an e-mail address", fieldError("group-new-members"));
        assertEquals("Board", driver.findElement(By.id("group-form")).findElement(By.name("name")).getAttribute("value"));
        assertEquals(1, groups.count(), "nothing was created");
        assertFalse(driver.findElement(By.tagName("main")).getText().contains("chair@acme.test\nRemove"));

        // One member added (an address the browser accepts but Herald does not, first), one removed.
        WebElement add = group(executives).findElement(By.xpath(".//form[.//button[normalize-space()='Add member']]"));
        add.findElement(By.name("email")).sendKeys("cto@localhost");
        send(add, "Add member");
        assertEquals("'cto@localhost' is not an e-mail address", fieldError("member-" + executives + "-email"));
        assertEquals(3, members.findByGroupIdOrderByEmailAsc(executives).size(), "members unchanged");
        add = group(executives).findElement(By.xpath(".//form[.//button[normalize-space()='Add member']]"));
        add.findElement(By.name("email")).clear();
        add.findElement(By.name("email")).sendKeys("cto@acme.test");
        send(add, "Add member");
        send(group(executives).findElement(By.xpath(".//form[.//button[@aria-label='Remove coo@acme.test from Executives']]")),
                "Remove");
        assertEquals(List.of("ceo@acme.test", "cfo@acme.test", "cto@acme.test"), memberList(executives));

        WebElement section = group(executives);
        section.findElement(By.tagName("summary")).click();
        new Select(section.findElement(By.name("min_severity"))).selectByVisibleText("SEV1");
        send(section.findElement(By.xpath(".//form[.//button[normalize-space()='Save Executives']]")), "Save Executives");
        assertEquals("SEV1", groups.findById(executives).orElseThrow().minSeverity().code());

        // A webhook inside Herald's network is refused beside its field, and the URL typed is not printed back.
        addChannel("Exec chat", "http://10.1.2.3/services/T0001/B0002/SECRETprivate");
        assertTrue(fieldError("channel-new-webhook_url").contains("private or reserved"),
                fieldError("channel-new-webhook_url"));
        assertEquals("Exec chat", driver.findElement(By.id("channel-form")).findElement(By.name("name")).getAttribute("value"));
        assertFalse(driver.getPageSource().contains("SECRETprivate"));
        assertEquals(0, channels.count());

        addChannel("Exec chat", WEBHOOK);
        assertEquals(WEBHOOK, channels.listOrderByNameAsc().get(0).webhookUrl(), "stored whole");
        List<String> row = driver.findElements(By.cssSelector("#channels tbody tr td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Exec chat", "slack", "https://8.8.8.8/••••••", "Executives"), row.subList(0, 4));
        assertTrue(group(executives).getText().contains("Chat channels: Exec chat (slack, https://8.8.8.8/••••••)"),
                group(executives).getText());
        assertFalse(driver.getPageSource().contains("SECRETtoken42"), "the secret is never on the page");
        assertFalse(driver.getPageSource().contains("/services/T0001"), "nor its path");

        section = group(executives);
        section.findElement(By.tagName("summary")).click();
        send(section.findElement(By.xpath(".//form[.//button[normalize-space()='Delete group Executives']]")),
                "Delete group Executives");
        assertEquals(0, groups.count());
        assertEquals(0, channels.count(), "its channels went with it");
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("No stakeholder groups yet."));
    }

    private void addChannel(String name, String url) {
        WebElement form = browser().driver().findElement(By.id("channel-form"));
        form.findElement(By.name("name")).clear();
        form.findElement(By.name("name")).sendKeys(name);
        new Select(form.findElement(By.name("kind"))).selectByVisibleText("slack");
        form.findElement(By.name("webhook_url")).sendKeys(url);
        new Select(form.findElement(By.name("audience"))).selectByVisibleText("Executives");
        send(form, "Add channel");
    }

    /** Clicks the form's button and waits for the page that answers. */
    private void send(WebElement form, String button) {
        form.findElement(By.xpath(".//button[normalize-space()='" + button + "']")).click();
        browser().waiting(Duration.ofSeconds(5)).until(ExpectedConditions.stalenessOf(form));
    }

    private WebElement group(long id) {
        return browser().driver().findElement(By.id("group-" + id));
    }

    private List<String> memberList(long group) {
        return group(group).findElements(By.cssSelector("ul.members li")).stream()
                .map(li -> li.getText().replace("Remove", "").strip()).toList();
    }

    private String fieldError(String id) {
        WebElement error = browser().driver().findElement(By.id(id + "-error"));
        assertTrue(error.isDisplayed(), id + ": the message stands beside its field");
        return error.getText();
    }
}
