package io.herald.statuspage;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RSS 2.0 and Atom 1.0 feeds parse, keep an entry's id as it is updated, and show nothing internal. */
@MicronautTest(transactional = false)
class FeedsTest extends HeraldTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void feedsCarryPublicIncidentsWithStableIdsAndNothingInternal() throws Exception {
        String apiComponent = api.component("API");
        String web = api.component("Website");
        String incident = id(api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "API errors",
                "body", "Investigating **errors**.", "internal_note", "pager: db-7 SECRET",
                "components", Map.of(apiComponent, "partial_outage")))));
        api.send(HttpRequest.POST("/api/v1/incidents", Map.of("name", "GAMEDAY drill", "body", "Practice.", "drill", true)));
        Thread.sleep(400);

        for (String type : List.of("rss", "atom")) {
            HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/history." + type), String.class);
            assertTrue(response.getContentType().orElseThrow().toString().startsWith("application/" + type + "+xml"));
            SyndFeed feed = parse(response.body());
            assertEquals(type.equals("rss") ? "rss_2.0" : "atom_1.0", feed.getFeedType());
            assertEquals(1, feed.getEntries().size(), "drills never appear in a feed");
            SyndEntry entry = feed.getEntries().get(0);
            assertTrue(entry.getTitle().startsWith("API errors"));
            assertEquals("http://status.herald.test/incidents/" + incident, entry.getLink());
            assertEquals("urn:herald:herald:incident:" + incident, entry.getUri());
            assertFalse(response.body().contains("SECRET") || response.body().contains("GAMEDAY"));
        }

        api.send(HttpRequest.POST("/api/v1/incidents/" + incident + "/updates", Map.of("status", "resolved",
                "body", "All fixed.")));
        Thread.sleep(400);
        SyndFeed atom = parse(http.toBlocking().retrieve("/history.atom"));
        SyndEntry updated = atom.getEntries().get(0);
        assertEquals("urn:herald:herald:incident:" + incident, updated.getUri(), "the same entry, updated in place");
        assertTrue(updated.getTitle().contains("Resolved"));
        String content = updated.getContents().get(0).getValue();
        assertTrue(content.indexOf("All fixed.") < content.indexOf("Investigating"), "newest update first: " + content);

        assertEquals(1, parse(http.toBlocking().retrieve("/components/" + apiComponent + "/history.rss")).getEntries().size());
        assertEquals(0, parse(http.toBlocking().retrieve("/components/" + web + "/history.rss")).getEntries().size(),
                "a component's feed shows only what affected it");
    }

    private static SyndFeed parse(String xml) throws Exception {
        return new SyndFeedInput().build(new InputSource(new StringReader(xml)));
    }

    private static String id(Map<?, ?> json) {
        return (String) json.get("id");
    }
}
