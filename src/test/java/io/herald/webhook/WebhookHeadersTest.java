package io.herald.webhook;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The headers of a post to a webhook, in the order they go out; the signature checked against RFC 4231. */
class WebhookHeadersTest {

    private static final Instant AT = Instant.parse("2024-05-06T07:08:09Z");

    @Test
    void aPostWithASecretIsSignedWithHmacSha256OfItsBody() {
        Map<String, String> headers = WebhookHeaders.of("what do ya want for nothing?", "Jefe", "42", AT);

        assertEquals(List.of("User-Agent", "X-Herald-Delivery", "X-Herald-Timestamp", "X-Herald-Signature"),
                List.copyOf(headers.keySet()));
        assertEquals("Herald-Webhooks/1", headers.get("User-Agent"));
        assertEquals("42", headers.get("X-Herald-Delivery"));
        assertEquals("1714979289", headers.get("X-Herald-Timestamp"));
        // RFC 4231, test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                headers.get("X-Herald-Signature"));
    }

    @Test
    void aPostWithoutASecretGoesUnsigned() {
        assertEquals(List.of("User-Agent", "X-Herald-Delivery", "X-Herald-Timestamp"),
                List.copyOf(WebhookHeaders.of("{}", null, "challenge", AT).keySet()));
    }
}
