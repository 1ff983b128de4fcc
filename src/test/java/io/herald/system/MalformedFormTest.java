package io.herald.system;

import io.herald.support.HeraldTest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A form body with broken URL encoding is the client's mistake: 400 with words a person can act on, on every form;
 * choices that do not exist are refused with 422 and store nothing.
 */
@MicronautTest(transactional = false)
class MalformedFormTest extends HeraldTest {

    @Inject
    EmbeddedServer server;

    @Override
    protected Map<String, String> extraProperties() {
        // A mail server is named (delivery is off, so nothing is sent): the subscribe form is offered and reads input.
        return Map.of("herald.smtp.host", "127.0.0.1", "herald.delivery.enabled", "false");
    }

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

    @Test
    void componentsThatAreNotThereAreRefusedAndNothingIsStored() throws IOException, InterruptedException {
        var empty = post("/subscribe", "email=ann%40example.com&component_=on", "text/html");
        assertEquals(422, empty.statusCode(), empty.body());
        assertTrue(empty.body().contains("A chosen component is not known"), empty.body());

        var unknown = post("/subscribe", "email=bob%40example.com&component_987654=on", "text/html");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertTrue(unknown.body().contains("no longer exists"), unknown.body());

        var control = post("/subscribe", "email=eve%00%40example.com&component_7=on", "text/html");
        assertEquals(422, control.statusCode(), control.body());
        // The visitor's input comes back in a form to correct, without the character that cannot be shown.
        assertTrue(control.body().contains("value=\"eve@example.com\""), control.body());
        assertTrue(control.body().contains("name=\"component_7\""), control.body());
        assertEquals(List.of(), api.list("/api/v1/subscribers"));
    }

    private HttpResponse<String> post(String path, String body, String accept) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.getURI().resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
