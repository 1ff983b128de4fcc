package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A form body with broken URL encoding is the client's mistake: 400 with words a person can act on, on every form. */
@MicronautTest(transactional = false)
class MalformedFormTest extends HeraldTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theSubscribeFormAnswers400() throws IOException, InterruptedException {
        var page = post("/subscribe", "email=%zz%40example.com", "text/html");
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("not valid URL encoding"), page.body());
        assertFalse(page.body().contains("Invalid hex byte"), "no decoder's own words");

        var anyType = post("/subscribe", "email=x%2", "*/*");
        assertEquals(400, anyType.statusCode(), anyType.body());
        assertTrue(anyType.body().contains("The form could not be read"), anyType.body());
    }

    private HttpResponse<String> post(String path, String body, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
