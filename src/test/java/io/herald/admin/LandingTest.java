package io.herald.admin;

import io.herald.security.CreateApiToken;
import io.herald.support.HeraldTest;
import io.herald.system.Actor;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a signed-in person starts: comms and responders on the incidents, an admin there too while one is open. */
@MicronautTest(transactional = false)
class LandingTest extends HeraldTest {

    @Inject
    EmbeddedServer server;
    @Inject
    CreateApiToken createToken;

    @Test
    void theIncidentsComeFirstForTheirRolesAndForAnAdminWhileOneIsOpen() {
        assertEquals("/admin/incidents", landing(token("comms")));
        assertEquals("/admin/incidents", landing(token("responder")));
        assertEquals("/admin/components", landing(ADMIN_TOKEN), "nothing open: an admin starts on the components");

        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout down", "body", "Looking.")));
        assertEquals("/admin/incidents", landing(ADMIN_TOKEN), "an incident is open");
        api.send(HttpRequest.POST("/api/v1/incidents/" + incident.get("id") + "/updates",
                body("status", "resolved", "body", "Fixed.")));
        assertEquals("/admin/components", landing(ADMIN_TOKEN), "all resolved again");
    }

    private String token(String role) {
        return createToken.create(new CreateApiToken.Request("landing-" + role, role, null), Actor.SYSTEM).secret();
    }

    /** Where GET /admin sends this bearer (the JDK client follows no redirect by default). */
    private String landing(String token) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            URI.create(server.getURL() + "/admin")).header("Authorization", "Bearer " + token).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding()).headers().firstValue("Location").orElse("");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
