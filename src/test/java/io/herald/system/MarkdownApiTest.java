package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live preview's source: a message rendered exactly as the page renders it, for the signed in only. */
@MicronautTest(transactional = false)
class MarkdownApiTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void rendersAsThePageDoes() {
        String message = "We found **the cause**: see https://example.com/x.\n\n<script>alert(1)</script>";
        Map<?, ?> rendered = api.send(HttpRequest.POST("/api/v1/markdown", body("body", message)));
        String html = (String) rendered.get("html");
        assertEquals(Markdown.toHtml(message), html);
        assertTrue(html.contains("<strong>the cause</strong>"), html);
        assertTrue(html.contains("href=\"https://example.com/x\">https://example.com/x</a>"), "a plain address linked: " + html);
        assertTrue(html.contains("&lt;script&gt;") && !html.contains("<script>"), "raw HTML shown as text: " + html);
        assertEquals("", api.send(HttpRequest.POST("/api/v1/markdown", body())).get("html"), "nothing to render");

        var anonymous = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/v1/markdown", body("body", "x"))));
        assertEquals(401, anonymous.getStatus().getCode());
    }
}
