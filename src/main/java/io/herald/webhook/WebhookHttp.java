package io.herald.webhook;

import io.herald.system.OutboundUrls;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Posts a signed JSON body to a webhook, for both the challenge and deliveries. Redirects are never followed
 * (a 3xx could lead anywhere, inside the network too), everything gives up after 10 s, and the host is checked
 * against {@link OutboundUrls} right before each post, since a name can be made to resolve elsewhere since it
 * was registered. The JVM caches the lookup (30 s by default), so the connection goes where the check looked.
 */
@Singleton
public class WebhookHttp {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    public static final String SIGNATURE = "X-Herald-Signature";
    public static final String DELIVERY = "X-Herald-Delivery";
    public static final String TIMESTAMP = "X-Herald-Timestamp";

    // The start of a response body is enough for a challenge answer and an error message.
    private static final int KEPT_BYTES = 4096;

    private final OutboundUrls outboundUrls;
    // HTTP/1.1: no h2c upgrade dance with receivers that handle it badly; one post per exchange is all it takes.
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    WebhookHttp(OutboundUrls outboundUrls) {
        this.outboundUrls = outboundUrls;
    }

    /** What the far end answered: its status, its Retry-After header, and the start of its body. */
    public record Answer(int status, Optional<String> retryAfter, String body) {
    }

    /** Why Herald must not post to this URL now, or empty if it may. */
    public Optional<String> refusal(URI url) {
        return Optional.ofNullable(outboundUrls.refusal(url.getHost()));
    }

    /**
     * Posts the body, signed with the secret, or unsigned when there is none (a drill webhook without
     * HERALD_DRILL_WEBHOOK_SECRET); throws IOException on network errors and timeouts.
     */
    public Answer post(URI url, String body, @Nullable String secret, String deliveryId, Instant at) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Herald-Webhooks/1")
                .header(DELIVERY, deliveryId)
                .header(TIMESTAMP, String.valueOf(at.getEpochSecond()))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            builder.header(SIGNATURE, "sha256=" + sign(secret, body));
        }
        HttpRequest request = builder.build();
        // The whole exchange, body included, within the timeout: a far end that sends its headers and then
        // trickles the body must not hold a worker.
        AtomicReference<InputStream> stream = new AtomicReference<>();
        CompletableFuture<Answer> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
                    stream.set(response.body());
                    try (InputStream in = response.body()) {
                        String start = new String(in.readNBytes(KEPT_BYTES), StandardCharsets.UTF_8);
                        return new Answer(response.statusCode(), response.headers().firstValue("Retry-After"), start);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        try {
            return exchange.get(TIMEOUT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("No complete answer from " + url.getHost() + " within " + TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while posting to " + url.getHost(), e);
        } finally {
            exchange.cancel(true);
            InputStream in = stream.get();
            if (in != null) {
                in.close();
            }
        }
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
