package io.herald.notification.email;

import com.icegreen.greenmail.util.GreenMailUtil;
import io.herald.subscriber.Subscriber;
import io.herald.subscriber.SubscriberRepository;
import io.herald.support.MailTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One message's mail is encoded once and filled in per recipient: each recipient still gets their own To address,
 * Message-ID, List-Unsubscribe and manage links, and nothing of anybody else's.
 */
@MicronautTest(transactional = false)
class MailPerRecipientTest extends MailTest {

    @Inject
    SubscriberRepository subscribers;

    @Test
    void eachRecipientGetsTheirOwnAddressMessageIdAndManageLinks() throws Exception {
        Map<String, String> tokens = Map.of("ann@beta.test", token('a'), "bob@beta.test", token('b'),
                "cy@beta.test", token('c'));
        Instant now = Instant.now();
        tokens.forEach((email, token) -> subscribers.save(new Subscriber(null, email, token, true, now, now, null, null)));
        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "Queue backlog", "body", "Jobs are delayed.")));

        assertTrue(smtp.waitForIncomingEmail(10_000, 3), "one mail each");
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertEquals(tokens.keySet(), Arrays.stream(mails).map(MailPerRecipientTest::recipient).collect(Collectors.toSet()));
        for (MimeMessage mail : mails) {
            String to = recipient(mail);
            String own = tokens.get(to);
            String raw = GreenMailUtil.getWholeMessage(mail);
            assertTrue(mail.getHeader("List-Unsubscribe")[0].contains("/subscriptions/" + own + "/unsubscribe"), to);
            MimeMultipart parts = (MimeMultipart) mail.getContent();
            assertEquals("7bit", parts.getBodyPart(0).getHeader("Content-Transfer-Encoding")[0], "ASCII text: the template path");
            assertTrue(((String) parts.getBodyPart(0).getContent()).contains("/subscriptions/" + own), "text link of " + to);
            assertTrue(((String) parts.getBodyPart(1).getContent()).contains("/subscriptions/" + own), "html link of " + to);
            tokens.values().stream().filter(t -> !t.equals(own))
                    .forEach(other -> assertFalse(raw.contains(other), to + " sees nothing of another recipient"));
            assertFalse(raw.contains("slot.invalid"), "no slot left unfilled");
            assertTrue(parts.getBodyPart(0).getContent().toString().contains("Jobs are delayed."), "the update's text");
        }
        Set<String> ids = Arrays.stream(mails).map(MailPerRecipientTest::messageId).collect(Collectors.toSet());
        assertEquals(3, ids.size(), "a Message-ID of its own for each: " + ids);
    }

    private static String token(char filler) {
        return (UUID.randomUUID().toString().replace("-", "") + String.valueOf(filler).repeat(11));
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
