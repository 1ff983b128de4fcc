package io.herald.security;

import io.herald.support.HeraldTest;
import io.herald.system.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@MicronautTest(transactional = false)
class RolesTest extends HeraldTest {

    private static final String NONE = "none";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    CreateApiToken createToken;

    @Inject
    RevokeApiToken revokeToken;

    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void createOneTokenPerRole() {
        for (Role role : Role.values()) {
            tokens.put(role.code(), createToken.create(
                    new CreateApiToken.Request("roles-" + role.code(), role.code(), null), Actor.SYSTEM).secret());
        }
    }

    /** Operation, who asks, the status expected, and the audit action an allowed write leaves. */
    static Stream<Arguments> matrix() {
        return Stream.of(
                arguments("list components", "viewer", 200, null),
                arguments("list components", "responder", 200, null),
                arguments("list components", "comms", 200, null),
                arguments("list components", "admin", 200, null),
                arguments("list components", NONE, 401, null),

                arguments("create component", "viewer", 403, null),
                arguments("create component", "responder", 403, null),
                arguments("create component", "comms", 403, null),
                arguments("create component", "admin", 201, "component.create"),
                arguments("create component", NONE, 401, null),

                arguments("patch status", "viewer", 403, null),
                arguments("patch status", "responder", 200, "component.status"),
                arguments("patch status", "comms", 200, "component.status"),
                arguments("patch status", "admin", 200, "component.status"),
                arguments("patch status", NONE, 401, null),

                arguments("patch name", "viewer", 403, null),
                arguments("patch name", "responder", 403, null),
                arguments("patch name", "comms", 403, null),
                arguments("patch name", "admin", 200, "component.update"),
                arguments("patch name", NONE, 401, null),

                arguments("delete component", "viewer", 403, null),
                arguments("delete component", "responder", 403, null),
                arguments("delete component", "comms", 403, null),
                arguments("delete component", "admin", 204, "component.delete"),
                arguments("delete component", NONE, 401, null),

                arguments("create group", "viewer", 403, null),
                arguments("create group", "responder", 403, null),
                arguments("create group", "comms", 403, null),
                arguments("create group", "admin", 201, "component_group.create"),
                arguments("create group", NONE, 401, null));
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void rolesMatrix(String operation, String role, int expected, @Nullable String auditAction) {
        String fixtureId = api.component("Fixture " + UUID.randomUUID());
        String newName = "Made by " + role + " " + UUID.randomUUID();
        MutableHttpRequest<?> request = switch (operation) {
            case "list components" -> HttpRequest.GET("/api/v1/components");
            case "create component" -> HttpRequest.POST("/api/v1/components", Map.of("name", newName));
            case "patch status" -> HttpRequest.PATCH("/api/v1/components/" + fixtureId, Map.of("status", "major_outage"));
            case "patch name" -> HttpRequest.PATCH("/api/v1/components/" + fixtureId, Map.of("name", newName));
            case "delete component" -> HttpRequest.DELETE("/api/v1/components/" + fixtureId);
            case "create group" -> HttpRequest.POST("/api/v1/component-groups", Map.of("name", newName));
            default -> throw new IllegalArgumentException(operation);
        };

        assertEquals(expected, status(role.equals(NONE) ? request : request.bearerAuth(tokens.get(role))));

        boolean allowed = expected < 300;
        Map<String, Object> fixture = api.components().stream().filter(c -> c.get("id").equals(fixtureId))
                .findFirst().orElse(null);
        switch (operation) {
            case "list components" -> { }
            case "create component" -> assertEquals(allowed,
                    api.components().stream().anyMatch(c -> c.get("name").equals(newName)), "component created");
            case "patch status" -> assertEquals(allowed ? "major_outage" : "operational", fixture.get("status"));
            case "patch name" -> assertEquals(allowed, fixture.get("name").equals(newName), "name changed");
            case "delete component" -> assertEquals(allowed, fixture == null, "component deleted");
            case "create group" -> assertEquals(allowed, api.text("/api/v1/component-groups").contains(newName),
                    "group created");
            default -> throw new IllegalArgumentException(operation);
        }
        if (auditAction != null) {
            String audit = api.text("/admin/audit");
            String target = operation.startsWith("create") ? "[^<]*" : "component " + fixtureId;
            var row = Pattern.compile("<tr><td>[^<]*</td><td>token:roles-" + role + "</td><td>[^<]*</td><td>"
                    + Pattern.quote(auditAction) + "</td><td>" + target + "</td>");
            assertTrue(row.matcher(audit).find(), "audit row for " + auditAction + " by " + role + " in " + audit);
        }
    }

    @Test
    void revokedAndUnknownTokensAreRefused() {
        var created = createToken.create(new CreateApiToken.Request("soon revoked", "admin", "30"), Actor.SYSTEM);
        assertEquals(200, status(HttpRequest.GET("/api/v1/components").bearerAuth(created.secret())));

        revokeToken.revoke(created.token().id(), Actor.SYSTEM);
        assertEquals(401, status(HttpRequest.GET("/api/v1/components").bearerAuth(created.secret())));
        assertEquals(401, status(HttpRequest.POST("/api/v1/components", Map.of("name", "By revoked token"))
                .bearerAuth(created.secret())));
        assertEquals(401, status(HttpRequest.GET("/api/v1/components")
                .bearerAuth(CreateApiToken.PREFIX + Secrets.newToken())));
        assertTrue(api.components().stream().noneMatch(c -> c.get("name").equals("By revoked token")));
    }

    private int status(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request, String.class).code();
        } catch (HttpClientResponseException e) {
            return e.code();
        }
    }
}
