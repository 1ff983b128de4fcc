package io.herald.system;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;


import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Posts JSON to a webhook or a chat service, connecting to the address {@link OutboundUrls} checked.
 * <p>
 * Why Apache HttpClient and not the JDK's: the JDK client looks the host name up itself, so a name could answer a
 * public address to the check and an internal one to the connection a moment later (DNS rebinding), and it has no
 * hook to hand it an address. Apache's {@link HttpHost} takes the resolved address beside the host name: the
 * socket goes to the address with no lookup of its own, while the Host header, TLS SNI and the certificate's host
 * name check all use the name from the URL.
 * <p>
 * No redirects (a 3xx could lead anywhere, inside the network too), no cookies carried from one receiver to the
 * next, and the whole exchange, body included, within 10 s: a far end that sends its headers and then trickles
 * the body must not hold a worker. Only the start of the answer is read, enough for a challenge or an error.
 */
@Singleton
public class OutboundHttp {

    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final int KEPT_BYTES = 4096;
    // Well above the webhook and chat workers of an instance together, so no post waits for a connection.
    private static final int CONNECTIONS_PER_HOST = 32;

    private final OutboundUrls urls;
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbound-deadlines");
        thread.setDaemon(true);
        return thread;
    });
    private final CloseableHttpClient client = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setDefaultConnectionConfig(ConnectionConfig.custom()
                            .setConnectTimeout(Timeout.of(TIMEOUT)).setSocketTimeout(Timeout.of(TIMEOUT)).build())
                    .setMaxConnPerRoute(CONNECTIONS_PER_HOST).setMaxConnTotal(4 * CONNECTIONS_PER_HOST)
                    .build())
            .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(Timeout.of(TIMEOUT))
                    .setResponseTimeout(Timeout.of(TIMEOUT)).build())
            .disableRedirectHandling()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableContentCompression()
            .disableAutomaticRetries()
            .build();

    OutboundHttp(OutboundUrls urls) {
        this.urls = urls;
    }

    /** What the far end answered: its status, its Retry-After header, and the start of its body. */
    public record Answer(int status, Optional<String> retryAfter, String body) {
    }

    /**
     * Checks the URL's host now and posts the JSON to the address checked; throws OutboundRefusal when Herald
     * must not post there, IOException on network errors and timeouts.
     */
    public Answer post(URI url, Map<String, String> headers, String json) throws OutboundRefusal, IOException {
        InetAddress address = urls.resolve(url);
        HttpHost named = HttpHost.create(url);
        HttpHost target = new HttpHost(named.getSchemeName(), address, named.getHostName(), named.getPort());
        HttpPost request = new HttpPost(url);
        request.setHeader("Content-Type", "application/json; charset=utf-8");
        headers.forEach(request::setHeader);
        request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON.withCharset(StandardCharsets.UTF_8)));
        ScheduledFuture<?> deadline = deadlines.schedule(request::cancel, TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        try {
            ClassicHttpResponse response = client.executeOpen(target, request, null);
            String start = response.getEntity() == null ? ""
                    : new String(response.getEntity().getContent().readNBytes(KEPT_BYTES), StandardCharsets.UTF_8);
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new Answer(response.getCode(), Optional.ofNullable(retryAfter).map(Header::getValue), start);
        } catch (IOException e) {
            throw new IOException(plainly(e, url, request.isCancelled()), e);
        } finally {
            deadline.cancel(false);
            // The rest of a long answer is not worth waiting for: the connection is dropped, not drained. A body
            // read to its end has already handed its connection back to the pool, and this leaves that alone.
            request.cancel();
        }
    }

    /** What went wrong, for the workspace and the subscriber, in words rather than the client's exception text. */
    private static String plainly(IOException e, URI url, boolean pastDeadline) {
        String where = url.getHost() + (url.getPort() == -1 ? "" : ":" + url.getPort());
        if (pastDeadline || e instanceof InterruptedIOException) {
            return "No complete answer from " + where + " within " + TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException) {
            return where + " refused the connection";
        }
        if (e instanceof SSLException) {
            return "The TLS handshake with " + where + " failed; is its certificate valid for " + url.getHost() + "?";
        }
        if (e instanceof NoHttpResponseException || e instanceof ConnectionClosedException) {
            return where + " closed the connection before answering in full";
        }
        return "The connection to " + where + " failed";
    }

    @PreDestroy
    void close() throws IOException {
        deadlines.shutdownNow();
        client.close();
    }
}
