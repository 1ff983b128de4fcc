package io.herald.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Herald's admin API, called with a token, and its public documents as visitors read them.
 * {@link HeraldTest} injects the one of the Herald under test; build one for another instance.
 */
@Singleton
public final class AdminApi {

    /** How long a change may take to reach the public documents unless a test says otherwise. */
    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(6);

    private final HttpClient http;
    private final String token;

    @Inject
    public AdminApi(@Client("/") HttpClient http) {
        this(http, HeraldTest.ADMIN_TOKEN);
    }

    public AdminApi(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    /** A JSON body from name, value pairs; unlike {@code Map.of}, it can be added to. */
    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Sends the request with the token and reads the JSON object it answers. */
    public Map<?, ?> send(MutableHttpRequest<?> request) {
        return http.toBlocking().retrieve(request.bearerAuth(token), Map.class);
    }

    /** Sends a request answered without a body (a DELETE's 204); returns the status code. */
    public int status(MutableHttpRequest<?> request) {
        return http.toBlocking().exchange(request.bearerAuth(token)).code();
    }

    /** Reads an admin page or document as text. */
    public String text(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token));
    }

    /** Reads an admin JSON list, e.g. /api/v1/components. */
    public List<Map<String, Object>> list(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    /** Creates a component and answers its id. */
    public String component(String name) {
        return (String) send(HttpRequest.POST("/api/v1/components", Map.of("name", name))).get("id");
    }

    public List<Map<String, Object>> components() {
        return list("/api/v1/components");
    }

    public String componentStatus(String id) {
        return (String) send(HttpRequest.GET("/api/v1/components/" + id)).get("status");
    }

    /** Asserts that the request is refused as unprocessable, naming the field and saying the text. */
    public void assertFieldError(MutableHttpRequest<?> request, String field, String text) {
        var e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(request.bearerAuth(token), Map.class));
        assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus(), field);
        Map<?, ?> error = (Map<?, ?>) ((List<?>) e.getResponse().getBody(Map.class).orElseThrow().get("errors")).get(0);
        assertEquals(field, error.get("field"), error.toString());
        assertTrue(((String) error.get("message")).contains(text), error.toString());
    }

    /** Waits up to six seconds for the public path to contain the text, then reads it as JSON. */
    public Map<?, ?> awaitJson(String path, String text) throws InterruptedException {
        awaitText(path, text);
        return http.toBlocking().retrieve(HttpRequest.GET(path), Map.class);
    }

    /** Waits up to six seconds for the public path to contain the text, and answers it. */
    public String awaitText(String path, String text) throws InterruptedException {
        return awaitText(path, text, PUBLISHED_WITHIN);
    }

    /** Reads the public path, without the token, until it contains the text; fails after the timeout. */
    public String awaitText(String path, String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = readOrEmpty(path);
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " never showed '" + text + "' within " + timeout + ": " + body);
    }

    // A document rendered for a new incident appears a moment after the change: until then it is not found.
    private String readOrEmpty(String path) {
        try {
            return http.toBlocking().retrieve(path);
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.NOT_FOUND) {
                return "";
            }
            throw e;
        }
    }

    /** Reads the public path until the text is gone from it; fails after six seconds. */
    public String awaitGone(String path, String text) throws InterruptedException {
        long deadline = System.nanoTime() + PUBLISHED_WITHIN.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.toBlocking().retrieve(path);
            if (!body.contains(text)) {
                return body;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " still showed '" + text + "' after " + PUBLISHED_WITHIN + ": " + body);
    }
}
