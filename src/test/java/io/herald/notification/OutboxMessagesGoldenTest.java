package io.herald.notification;

import io.herald.support.FakeXApi;
import io.herald.support.HeraldTest;
import io.herald.system.Timestamps;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static io.herald.support.AdminApi.body;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every outbox message of a fixed scenario (incident updates with and without notifications, a briefing, a drill, a
 * maintenance, a component change; e-mail, webhook, chat and X) compared byte for byte with the golden file, written
 * by the build before the notification package was reshaped around one announcement: what channels send must not
 * change by accident. Times are masked; ids are stable, as each test class has a database of its own. After an
 * intended change, rewrite the file with {@code -Dgolden.write=true} and read its diff.
 */
@MicronautTest(transactional = false)
class OutboxMessagesGoldenTest extends HeraldTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/outbox-messages.txt");

    private FakeXApi x;

    @Inject
    NotificationMessageRepository messages;

    @Override
    protected Map<String, String> extraProperties() {
        if (x == null) {
            x = FakeXApi.start();
        }
        Map<String, String> settings = new HashMap<>(x.settings());
        settings.put("herald.delivery.enabled", "false");
        settings.put("herald.outbound.allow-private", "true");
        settings.put("herald.drill.webhooks", "http://127.0.0.1:9/drill");
        return settings;
    }

    @Test
    void everyChannelComposesTheSameBytesAsBefore() throws Exception {
        String apiComponent = api.component("API");
        api.component("Web");
        api.send(HttpRequest.POST("/api/v1/stakeholder-groups", body("name", "Executives",
                "min_severity", "sev2", "members", List.of("ceo@acme.test"))));
        Map<?, ?> incident = api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Checkout <down> & \"slow\"",
                "severity", "SEV1", "body", "We are *looking* into [it](https://example.com).\n\nSecond para.",
                "internal_note", "db failover", "business_impact", "orders lost", "next_steps", "restore",
                "custom_tweet", "Custom tweet text", "components", Map.of(apiComponent, "major_outage"))));
        String id = (String) incident.get("id");
        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "identified",
                "body", "Found it.", "internal_note", "it was dns")));
        api.send(HttpRequest.POST("/api/v1/incidents/" + id + "/updates", body("status", "monitoring",
                "body", "Quietly.", "deliver_notifications", false)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "GAMEDAY", "severity", "SEV1", "body", "Drill body.",
                "drill", true)));
        api.send(HttpRequest.POST("/api/v1/incidents", body("name", "Minor", "severity", "SEV4", "body", "Minor body.")));
        Instant start = Instant.parse("2030-01-02T10:00:00Z");
        api.send(HttpRequest.POST("/api/v1/maintenances", body("name", "Database upgrade", "body", "Planned.",
                "components", List.of(apiComponent), "scheduled_for", Timestamps.iso(start),
                "scheduled_until", Timestamps.iso(start.plus(Duration.ofHours(1))))));
        String dump = StreamSupport.stream(messages.findAll().spliterator(), false)
                .map(m -> String.join("\n", "source=" + m.source().replaceAll(":\\d{12,}", ":MILLIS"),
                        "channel=" + m.channel(), "audience=" + m.audience(), "severity=" + m.severity(),
                        "subject=" + m.subject(), "filter=" + m.componentFilter(), "thread=" + m.threadKey(),
                        "text=" + m.textBody(), "html=" + m.htmlBody()))
                .map(s -> s.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "TIME")
                        .replaceAll("-\\d{12,}", "-MILLIS"))
                .sorted(Comparator.naturalOrder()).collect(Collectors.joining("\n=====\n"));
        if (Boolean.getBoolean("golden.write")) {
            Files.writeString(GOLDEN, dump);
        }
        assertEquals(Files.readString(GOLDEN), dump);
    }
}
