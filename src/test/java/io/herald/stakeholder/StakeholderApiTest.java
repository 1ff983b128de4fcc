package io.herald.stakeholder;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admin APIs of stakeholder groups and chat channels: CRUD, and bad input refused with the field named and
 * nothing written. Private addresses are refused here (herald.outbound.allow-private stays false).
 */
@MicronautTest(transactional = false)
class StakeholderApiTest extends HeraldTest {

    @Test
    void groupsAndTheirMembersCanBeCreatedChangedAndDeleted() {
        Map<?, ?> group = api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Board",
                "min_severity", "SEV1", "members", List.of("chair@acme.test"))));
        String id = (String) group.get("id");
        Map<?, ?> member = api.send(HttpRequest.POST("/api/v1/stakeholder-groups/" + id + "/members",
                body("email", "Treasurer@Acme.test")));
        assertEquals("treasurer@acme.test", member.get("email"));
        Map<?, ?> changed = api.send(HttpRequest.PATCH("/api/v1/stakeholder-groups/" + id, body("min_severity", "sev2")));
        assertEquals("SEV2", changed.get("min_severity"));
        assertEquals(2, ((List<?>) changed.get("members")).size(), "members stay when left out");
        assertEquals(204, api.status(HttpRequest.DELETE("/api/v1/stakeholder-groups/" + id + "/members/" + member.get("id"))));
        Map<?, ?> shown = api.send(HttpRequest.GET("/api/v1/stakeholder-groups/" + id));
        assertEquals(List.of("chair@acme.test"),
                ((List<?>) shown.get("members")).stream().map(m -> ((Map<?, ?>) m).get("email")).toList());
        assertEquals(204, api.status(HttpRequest.DELETE("/api/v1/stakeholder-groups/" + id)));
        assertTrue(api.list("/api/v1/stakeholder-groups").stream().noneMatch(g -> g.get("id").equals(id)));
    }

    @Test
    void badGroupInputNamesTheFieldAndWritesNothing() {
        api.assertFieldError(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Execs", "min_severity", "SEV5")),
                "min_severity", "SEV1, SEV2, SEV3 or SEV4");
        api.assertFieldError(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Execs")),
                "min_severity", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/stakeholder-groups", body("min_severity", "SEV1")),
                "name", "must not be empty");
        api.assertFieldError(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Execs", "min_severity", "SEV1",
                "members", List.of("ok@acme.test", "not-an-address"))), "members", "not an e-mail address");
        assertTrue(api.list("/api/v1/stakeholder-groups").stream().noneMatch(g -> g.get("name").equals("Execs")));
        api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Dupes", "min_severity", "SEV1")));
        api.assertFieldError(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Dupes", "min_severity", "SEV1")),
                "name", "already");
    }

    @Test
    void chatChannelsAreCheckedAndPrivateAddressesRefused() {
        String group = (String) api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Support leads",
                "min_severity", "SEV3"))).get("id");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("name", "Internal", "kind", "slack",
                "webhook_url", "http://127.0.0.1:9/hook", "audience", group)), "webhook_url", "private or reserved");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("name", "Internal", "kind", "slack",
                "webhook_url", "http://10.1.2.3/hook", "audience", group)), "webhook_url", "HERALD_OUTBOUND_ALLOW_PRIVATE");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("name", "Internal", "kind", "slack",
                "webhook_url", "ftp://hooks.example.com/x", "audience", group)), "webhook_url", "http");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("name", "Internal", "kind", "irc",
                "webhook_url", "http://8.8.8.8/hook", "audience", group)), "kind", "slack, teams or discord");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("name", "Internal", "kind", "slack",
                "webhook_url", "http://8.8.8.8/hook", "audience", "9999")), "audience", "no stakeholder group");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("name", "Internal", "kind", "slack",
                "webhook_url", "http://8.8.8.8/hook", "components", List.of("4242"))), "components", "no component");
        api.assertFieldError(HttpRequest.POST("/api/v1/chat-channels", body("kind", "slack",
                "webhook_url", "http://8.8.8.8/hook")), "name", "must not be empty");
        assertTrue(api.list("/api/v1/chat-channels").isEmpty(), "nothing was written");

        Map<?, ?> created = api.send(HttpRequest.POST("/api/v1/chat-channels", body("name", "Support Teams",
                "kind", "Teams", "webhook_url", "http://8.8.8.8/hook", "audience", group)));
        assertEquals(List.of("teams", group, true), List.of(created.get("kind"), created.get("audience"),
                created.get("all_components")));
        String id = (String) created.get("id");
        api.assertFieldError(HttpRequest.PATCH("/api/v1/chat-channels/" + id, body("webhook_url", "http://192.168.1.5/")),
                "webhook_url", "private");
        Map<?, ?> changed = api.send(HttpRequest.PATCH("/api/v1/chat-channels/" + id, body("audience", "public")));
        assertEquals("public", changed.get("audience"));
        assertEquals("http://8.8.8.8/hook", changed.get("webhook_url"), "a refused change changed nothing");
        assertEquals(204, api.status(HttpRequest.DELETE("/api/v1/chat-channels/" + id)));
        assertTrue(api.list("/api/v1/chat-channels").isEmpty());
    }

    @Test
    void incidentsAcceptBusinessImpactAndNextStepsButShowThemNowherePublic() throws Exception {
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Login errors",
                "body", "Some logins fail.", "business_impact", "IMPACT-sales-team-blocked",
                "next_steps", "STEPS-rotate-keys")));
        api.send(HttpRequest.POST("/api/v1/incidents/" + incident.get("id") + "/updates",
                body("body", "Still looking.", "business_impact", "IMPACT-two", "next_steps", "STEPS-two")));
        for (String path : List.of("/", "/api/v2/incidents.json", "/history.rss", "/history.atom",
                "/incidents/" + incident.get("id"))) {
            String page = api.awaitText(path, "Still looking.");
            assertTrue(!page.contains("IMPACT-") && !page.contains("STEPS-"), path + ": " + page);
        }
        api.assertFieldError(HttpRequest.POST("/api/v1/incidents", body("name", "Long", "body", "x",
                "business_impact", "x".repeat(10_001))), "business_impact", "limit");
    }
}
