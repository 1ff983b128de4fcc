package io.herald.system;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without HERALD_PAGE_URL, links (the setup link in the log among them) use the port Herald really listens on. */
class PageUrlDefaultTest {

    @Test
    void theDefaultPageUrlFollowsTheServerPort() {
        assertEquals("http://localhost:18123", pageUrl(Map.of("micronaut.server.port", "18123")));
        assertEquals("http://localhost:8080", pageUrl(Map.of()));
        assertEquals("https://status.acme.test", pageUrl(Map.of("micronaut.server.port", "18123",
                "herald.page.url", "https://status.acme.test/")));
    }

    private static String pageUrl(Map<String, Object> properties) {
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).build()) {
            context.getEnvironment().start();
            return new PageSettingsFactory().page("p", "Acme",
                    context.getEnvironment().getProperty("herald.page.url", String.class).orElse(""), "UTC", null,
                    context.getEnvironment().getProperty("micronaut.server.port", Integer.class).orElse(8080)).url();
        }
    }
}
