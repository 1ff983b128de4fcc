package io.herald.system;

import io.micronaut.core.annotation.Nullable;

import java.time.ZoneId;

/** The page's identity, from {@code herald.page.*} (HERALD_PAGE_NAME, HERALD_PAGE_URL, ...): see {@link PageSettingsFactory}. */
public record PageSettings(String id, String name, String url, String timeZone, @Nullable String logoUrl) {

    public PageSettings {
        // Fail at start-up, not on the first render, when the zone is misspelt.
        ZoneId.of(timeZone);
        url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        logoUrl = logoUrl == null || logoUrl.isBlank() ? null : logoUrl;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
