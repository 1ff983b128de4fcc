package io.herald.notification.x;

import io.herald.notification.delivery.DeliveryFailure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Posts a tweet through the X API v2 ({@code POST /2/tweets}), signed with OAuth 1.0a as the configured user,
 * and says in {@link DeliveryFailure} terms what an answer other than 201 means.
 */
@Singleton
class XApi {

    private final TwitterSettings settings;
    private final JsonMapper json;
    private final HttpClient http;
    private final OAuthSigner signer;

    XApi(TwitterSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.signer = settings.configured() ? new OAuthSigner(settings.consumerKey(), settings.consumerSecret(),
                settings.accessToken(), settings.accessTokenSecret()) : null;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Returns the new tweet's id; or empty when {@code repeat} and X refuses the text as a duplicate: an earlier
     * attempt whose answer was lost already posted it, and it must not be posted twice.
     */
    Optional<String> post(String text, @Nullable String inReplyTo, boolean repeat) throws DeliveryFailure {
        if (signer == null) {
            throw DeliveryFailure.retry("No X account is set up (HERALD_TWITTER_* keys)", null);
        }
        String url = settings.apiUrl() + "/2/tweets";
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        if (inReplyTo != null) {
            body.put("reply", Map.of("in_reply_to_tweet_id", inReplyTo));
        }
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                    .header("Authorization", signer.forJsonPost(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw DeliveryFailure.retry("X API unreachable or no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.retry("Interrupted while posting a tweet", e);
        }
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return Optional.of(tweetId(response.body()));
        }
        String said = "X API answered " + status + ": " + detail(response.body());
        if (status == 429) {
            Optional<String> reset = response.headers().firstValue("x-rate-limit-reset");
            if (reset.isPresent() && reset.get().matches("\\d{1,12}")) {
                throw DeliveryFailure.retryAfter(said + " (rate limited until " + reset.get() + ")",
                        Instant.ofEpochSecond(Long.parseLong(reset.get())));
            }
            throw DeliveryFailure.retry(said, null);
        }
        if (status == 403 && response.body().toLowerCase().contains("duplicate content")) {
            if (repeat) {
                return Optional.empty();
            }
            throw DeliveryFailure.permanent(said + " (the same text was tweeted before)");
        }
        if (status == 401 || status == 403) {
            throw DeliveryFailure.permanent(said + " (are the keys right and the token not revoked?)");
        }
        if (status >= 400 && status < 500) {
            throw DeliveryFailure.permanent(said);
        }
        throw DeliveryFailure.retry(said, null);
    }

    private String tweetId(String body) throws DeliveryFailure {
        try {
            Object data = json.readValue(body, Map.class).get("data");
            if (data instanceof Map<?, ?> map && map.get("id") != null) {
                return String.valueOf(map.get("id"));
            }
        } catch (IOException | RuntimeException e) {
            // falls through: the tweet is most likely out, but without its id there is nothing to thread under
        }
        throw DeliveryFailure.permanent("X API accepted the tweet but its answer has no id: " + trim(body));
    }

    private String detail(String body) {
        try {
            Map<?, ?> error = json.readValue(body, Map.class);
            Object detail = error.get("detail") != null ? error.get("detail") : error.get("title");
            if (detail != null) {
                return trim(String.valueOf(detail));
            }
        } catch (IOException | RuntimeException e) {
            // not JSON: show the raw start of it
        }
        return trim(body);
    }

    private static String trim(String text) {
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
