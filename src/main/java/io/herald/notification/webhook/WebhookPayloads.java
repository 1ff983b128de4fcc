package io.herald.notification.webhook;

import io.herald.notification.Announcement;
import io.herald.system.PageSettings;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Statuspage-style webhook bodies: {@code meta}, {@code page}, then what the announcement's data holds (the
 * incident, as which a maintenance goes too, as Statuspage sends it; or the component update and the component).
 * The data comes from the public JSON views only, so internal notes and severity cannot get in, nor can drills,
 * except marked, for the drill webhooks alone. {@code meta.unsubscribe} holds {@value #UNSUBSCRIBE_URL}, replaced
 * per recipient when sent; meta comes first, so that is the first occurrence.
 */
@Singleton
class WebhookPayloads {

    static final String UNSUBSCRIBE_URL = "{{unsubscribe_url}}";

    private final PageSettings page;
    private final JsonMapper json;

    WebhookPayloads(PageSettings page, JsonMapper json) {
        this.page = page;
        this.json = json;
    }

    /** The body for subscribers. */
    String of(Announcement.Payload payload) {
        Map<String, Object> body = head(payload, true);
        body.putAll(payload.data());
        return write(body);
    }

    /**
     * A drill's body, for the drill webhooks only: {@code "drill": true} before the (marked) data, and no
     * unsubscribe link: the drill audience is a setting, not a subscription.
     */
    String drill(Announcement.Payload payload) {
        Map<String, Object> body = head(payload, false);
        body.put("drill", true);
        body.putAll(payload.data());
        return write(body);
    }

    private Map<String, Object> head(Announcement.Payload payload, boolean unsubscribe) {
        Map<String, Object> meta = new LinkedHashMap<>();
        if (unsubscribe) {
            meta.put("unsubscribe", UNSUBSCRIBE_URL);
        }
        meta.put("documentation", page.url() + "/webhooks");
        Map<String, Object> pageJson = new LinkedHashMap<>();
        pageJson.put("id", page.id());
        pageJson.put("status_indicator", payload.pageStatus().indicator().code());
        pageJson.put("status_description", payload.pageStatus().description());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meta", meta);
        body.put("page", pageJson);
        return body;
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
