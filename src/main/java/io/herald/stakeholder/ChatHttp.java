package io.herald.stakeholder;

import io.herald.system.OutboundUrls;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts a JSON body to a chat incoming webhook. As for webhooks: no redirects (a 3xx could lead anywhere), the
 * whole exchange within 10 s, and the host checked against {@link OutboundUrls} right before each post. Unsigned:
 * the chat services authenticate by the secret in the URL itself.
 */
@Singleton
public class ChatHttp {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final int KEPT_BYTES = 4096;

    private final OutboundUrls outboundUrls;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT)
            .build();

    ChatHttp(OutboundUrls outboundUrls) {
        this.outboundUrls = outboundUrls;
    }

    /** What the chat service answered: its status, its Retry-After header, and the start of its body. */
    public record Answer(int status, Optional<String> retryAfter, String body) {
    }

    /** Why Herald must not post to this URL now, or empty if it may. */
    public Optional<String> refusal(URI url) {
        return Optional.ofNullable(outboundUrls.refusal(url.getHost()));
    }

    /** Posts the JSON; throws IOException on network errors and timeouts. */
    public Answer post(URI url, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Herald-Chat/1")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        CompletableFuture<Answer> exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                .thenApply(response -> {
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
        }
    }
}
