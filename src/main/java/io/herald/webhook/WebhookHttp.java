package io.herald.webhook;

import io.herald.system.OutboundHttp;
import io.herald.system.OutboundRefusal;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts a signed JSON body to a webhook, for both the challenge and deliveries, through {@link OutboundHttp}: the
 * host is checked right before each post (a name can be made to resolve elsewhere since it was registered) and
 * the post goes to the address checked.
 */
@Singleton
public class WebhookHttp {

    public static final String SIGNATURE = "X-Herald-Signature";
    public static final String DELIVERY = "X-Herald-Delivery";
    public static final String TIMESTAMP = "X-Herald-Timestamp";

    private final OutboundHttp http;

    WebhookHttp(OutboundHttp http) {
        this.http = http;
    }

    /**
     * Posts the body, signed with the secret, or unsigned when there is none (a drill webhook without
     * HERALD_DRILL_WEBHOOK_SECRET); throws OutboundRefusal when Herald must not post there now, IOException on
     * network errors and timeouts.
     */
    public OutboundHttp.Answer post(URI url, String body, @Nullable String secret, String deliveryId, Instant at)
            throws OutboundRefusal, IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Herald-Webhooks/1");
        headers.put(DELIVERY, deliveryId);
        headers.put(TIMESTAMP, String.valueOf(at.getEpochSecond()));
        if (secret != null) {
            headers.put(SIGNATURE, "sha256=" + sign(secret, body));
        }
        return http.post(url, headers, body);
    }

    /** Lower-case hex HMAC-SHA256 of the UTF-8 body with the secret: what receivers recompute to check a post. */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
