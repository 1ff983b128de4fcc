package io.herald.webhook;

import io.herald.system.InvalidInputException;
import io.herald.system.OutboundHttp;
import io.herald.system.OutboundRefusal;
import io.herald.system.PageSettings;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Proves that a URL wants Herald's updates before anything is sent to it: Herald posts
 * {@code {"type": "challenge", "challenge": "<random>"}}, signed like every delivery, and the URL must answer
 * 2xx with the challenge value echoed in the body, either as the whole body or as {@code {"challenge": "<value>"}}.
 * Anything else is refused with a clear error on {@code url}.
 */
@Singleton
public class VerifyWebhook {

    static final String CHALLENGE_DELIVERY = "challenge";

    private final OutboundHttp http;
    private final JsonMapper json;
    private final PageSettings page;
    private final Clock clock;

    VerifyWebhook(OutboundHttp http, JsonMapper json, PageSettings page, Clock clock) {
        this.http = http;
        this.json = json;
        this.page = page;
        this.clock = clock;
    }

    public void verify(URI url, String secret) {
        String challenge = Tokens.newToken();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "challenge");
        body.put("challenge", challenge);
        body.put("meta", Map.of("documentation", page.url() + "/webhooks"));
        OutboundHttp.Answer answer;
        try {
            String payload = json.writeValueAsString(body);
            answer = http.post(url, WebhookHeaders.of(payload, secret, CHALLENGE_DELIVERY, clock.instant()), payload);
        } catch (OutboundRefusal refusal) {
            throw new InvalidInputException("url", refusal.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException("url", "Herald could not verify the URL: " + e.getMessage());
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            throw new InvalidInputException("url", "The URL answered the challenge with a redirect (" + answer.status()
                    + "); Herald follows no redirects, so give the final URL");
        }
        if (answer.status() < 200 || answer.status() >= 300) {
            throw new InvalidInputException("url", "The URL answered the challenge with HTTP " + answer.status()
                    + "; it must answer 2xx and echo the challenge (see " + page.url() + "/webhooks)");
        }
        if (!echoes(answer.body(), challenge)) {
            throw new InvalidInputException("url", "The URL answered the challenge but did not echo its value; "
                    + "answer with the challenge as the body or as {\"challenge\": \"...\"} (see " + page.url() + "/webhooks)");
        }
    }

    private boolean echoes(String body, String challenge) {
        String trimmed = body.strip();
        if (trimmed.equals(challenge)) {
            return true;
        }
        try {
            Map<?, ?> answer = json.readValue(trimmed, Map.class);
            return answer != null && challenge.equals(answer.get("challenge"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
