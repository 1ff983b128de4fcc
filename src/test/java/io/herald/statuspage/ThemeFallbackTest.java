package io.herald.statuspage;

import io.herald.support.HeraldTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A custom theme that overrides only its page template and stylesheet: everything else — the layout
 * the page calls, the script — comes from the default theme.
 */
@MicronautTest(transactional = false)
class ThemeFallbackTest extends HeraldTest {

    static final String CUSTOM_CSS = "body { background: #101820; color: #f2aa4c; } /* custom theme */\n";

    static final String CUSTOM_PAGE = """
            @param io.herald.statuspage.StatusPageView view
            @template.layout(page = view.page(), title = view.page().name() + " (custom)", content = @`
              <section class="custom-banner"><h1>Custom theme page: ${view.status().description()}</h1></section>
              <p>${view.items().size()} components</p>
            `)
            """;

    private Path theme;

    @Inject
    @Client("/")
    HttpClient http;

    // The theme folder must exist before the application context starts, which reads these properties.
    @Override
    protected Map<String, String> extraProperties() {
        if (theme != null) {
            return Map.of("herald.theme", theme.toString());
        }
        try {
            theme = Files.createTempDirectory("herald-theme-");
            Files.createDirectories(theme.resolve("templates"));
            Files.createDirectories(theme.resolve("assets"));
            Files.writeString(theme.resolve("templates/page.jte"), CUSTOM_PAGE);
            Files.writeString(theme.resolve("assets/theme.css"), CUSTOM_CSS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("herald.theme", theme.toString());
    }

    @AfterAll
    void removeTheme() throws IOException {
        try (Stream<Path> files = Files.walk(theme)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void rendersTheThemesPageInsideTheDefaultLayout() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/"), String.class);
        String html = page.body();
        assertNotNull(html);
        assertTrue(html.contains("Custom theme page: All Systems Operational"), html);
        assertTrue(html.contains("Powered by Herald"), "the default layout's footer: " + html);
        assertTrue(html.contains("<title>Herald Status (custom)</title>"), html);
        assertTrue(html.contains("<link rel=\"stylesheet\" href=\"/assets/theme.css\">"), html);
        assertTrue(!html.contains("class=\"banner"), "the default page template is not used: " + html);
        assertTrue(page.getContentType().orElseThrow().toString().startsWith("text/html"));
    }

    @Test
    void servesTheThemesOwnAssetsAndTheDefaultThemesForTheRest() throws IOException {
        HttpResponse<String> css = http.toBlocking().exchange(HttpRequest.GET("/assets/theme.css"), String.class);
        assertEquals(CUSTOM_CSS, css.body());
        assertTrue(css.getContentType().orElseThrow().toString().startsWith("text/css"), css.getContentType().toString());

        HttpResponse<String> script = http.toBlocking().exchange(HttpRequest.GET("/assets/local-time.js"), String.class);
        assertEquals(defaultAsset("local-time.js"), script.body());
        assertTrue(script.getContentType().orElseThrow().toString().contains("javascript"), script.getContentType().toString());
    }

    private static String defaultAsset(String name) throws IOException {
        try (InputStream in = ThemeFallbackTest.class.getClassLoader()
                .getResourceAsStream("themes/default/assets/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
