package io.herald.notification.outbox;

import io.herald.system.InvalidInputException;
import io.herald.system.OutboundRefusal;
import io.herald.system.OutboundUrls;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The drill's webhooks, HERALD_DRILL_WEBHOOKS (herald.drill.webhooks): comma-separated URLs that receive every
 * message of a drill in the public webhook shape, marked as a drill. They have no subscriber and so no secret of
 * their own: HERALD_DRILL_WEBHOOK_SECRET signs them when set, otherwise they go unsigned.
 * <p>
 * Checked at start-up, like {@link DrillSettings}: a URL that is malformed, too long to be a delivery's recipient,
 * or inside Herald's network (see {@link OutboundUrls}) stops Herald with the setting named. A host name that does
 * not resolve only warns: a DNS hiccup while starting must not keep the status page down, and every send checks
 * the URL again anyway.
 */
@Context
public class DrillWebhookSettings {

    public static final String SETTING = "HERALD_DRILL_WEBHOOKS (herald.drill.webhooks)";

    private static final Logger LOG = LoggerFactory.getLogger(DrillWebhookSettings.class);
    // delivery.recipient holds the URL
    private static final int LONGEST_URL = 320;

    private final List<String> urls;
    private final Optional<String> secret;

    DrillWebhookSettings(@Value("${herald.drill.webhooks:}") String urls,
                         @Value("${herald.drill.webhook-secret:}") String secret, OutboundUrls outbound) {
        this.urls = parse(urls, outbound);
        this.secret = Optional.ofNullable(secret).map(String::strip).filter(s -> !s.isEmpty());
    }

    public static List<String> parse(String setting, OutboundUrls outbound) {
        List<String> urls = Arrays.stream(setting == null ? new String[0] : setting.split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> checked = new ArrayList<>();
        for (String url : urls) {
            URI uri;
            try {
                uri = outbound.parse("drill.webhooks", url);
            } catch (InvalidInputException e) {
                throw refused(url, e.getMessage());
            }
            if (url.length() > LONGEST_URL) {
                throw refused(url, "URLs of more than " + LONGEST_URL + " characters are not supported");
            }
            try {
                outbound.resolve(uri);
            } catch (OutboundRefusal refusal) {
                if (!refusal.unresolved()) {
                    throw refused(url, refusal.getMessage());
                }
                LOG.warn("{}: the host of {} does not resolve yet; each drill message tries again", SETTING, url);
            }
            checked.add(url);
        }
        return List.copyOf(checked);
    }

    public List<String> urls() {
        return urls;
    }

    /** What signs the posts; empty: they go unsigned. */
    public Optional<String> secret() {
        return secret;
    }

    private static ConfigurationException refused(String url, String why) {
        return new ConfigurationException(SETTING + ": '" + url + "' cannot be used: " + why
                + "; give http:// or https:// URLs separated by commas");
    }
}
