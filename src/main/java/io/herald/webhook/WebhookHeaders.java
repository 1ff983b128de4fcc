package io.herald.webhook;

import io.micronaut.core.annotation.Nullable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers of a post to a webhook, the challenge and deliveries alike: which delivery it is, when it was sent,
 * and the signature receivers recompute with their secret to know the post is Herald's (documented at /webhooks).
 */
public final class WebhookHeaders {

    private WebhookHeaders() {
    }

    /**
     * The headers for this body, signed with the secret, or unsigned when there is none (a drill webhook without
     * HERALD_DRILL_WEBHOOK_SECRET); in the order they go out.
     */
    public static Map<String, String> of(String body, @Nullable String secret, String deliveryId, Instant at) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Herald-Webhooks/1");
        headers.put("X-Herald-Delivery", deliveryId);
        headers.put("X-Herald-Timestamp", String.valueOf(at.getEpochSecond()));
        if (secret != null) {
            headers.put("X-Herald-Signature", "sha256=" + sign(secret, body));
        }
        return headers;
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 body with the secret. */
    private static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
