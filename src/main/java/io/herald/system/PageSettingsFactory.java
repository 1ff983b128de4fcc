package io.herald.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Reads the page's settings. Without HERALD_PAGE_URL the page is at localhost on the port Herald listens on, so
 * that the links it prints (the first admin's setup link) work when only MICRONAUT_SERVER_PORT was changed.
 */
@Factory
class PageSettingsFactory {

    @Singleton
    PageSettings page(@Value("${herald.page.id:herald}") String id, @Value("${herald.page.name:Herald Status}") String name,
                      @Value("${herald.page.url:}") String url, @Value("${herald.page.time-zone:UTC}") String timeZone,
                      @Value("${herald.page.logo-url:}") @Nullable String logoUrl,
                      @Value("${micronaut.server.port:8080}") int port) {
        return new PageSettings(id, name, url.isBlank() ? "http://localhost:" + port : url, timeZone, logoUrl);
    }
}
