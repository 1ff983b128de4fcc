package io.herald.notification.delivery;

import io.herald.notification.delivery.HttpAnswers.Gone;
import io.herald.system.OutboundHttp;
import io.herald.system.OutboundRefusal;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Posts deliveries to receivers over HTTP (webhooks, chat services) through the one outbound client,
 * {@link OutboundHttp}, and says in {@link DeliveryFailure} terms how a post went: a URL Herald will not post to, a
 * network error or timeout (retried), or an answer ({@link HttpAnswers}).
 */
@Singleton
public class HttpReceivers {

    private final OutboundHttp http;
    private final Clock clock;

    HttpReceivers(OutboundHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * The far end of a post, for the circuit breaker: the receiver's URL, not its host, since many receivers share
     * one (hooks.slack.com, a customer's gateway) and one that keeps failing must hold back no other.
     */
    public static String endpoint(String url) {
        return url;
    }

    /** Returns when the receiver took the post (2xx); throws what stood in the way otherwise. */
    public void post(URI url, Map<String, String> headers, String body, Gone gone) throws DeliveryFailure {
        OutboundHttp.Answer answer;
        try {
            answer = http.post(url, headers, body);
        } catch (OutboundRefusal refusal) {
            throw DeliveryFailure.refused(refusal);
        } catch (IOException e) {
            throw DeliveryFailure.retry(e.getMessage(), e);
        }
        Optional<DeliveryFailure> failure = HttpAnswers.failure(answer, url.getHost(), gone, clock.instant());
        if (failure.isPresent()) {
            throw failure.get();
        }
    }
}
