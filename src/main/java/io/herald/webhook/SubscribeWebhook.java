package io.herald.webhook;

import io.herald.component.ComponentRepository;
import io.herald.system.Actor;
import io.herald.system.Fields;
import io.herald.system.InvalidInputException;
import io.herald.system.OutboundUrls;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Registers a webhook: checks the URL (http or https, outside Herald's own network), verifies it by the
 * challenge, and only then stores it, confirmed, with a new signing secret. Subscribing a URL again (having
 * lost the secret, or after unsubscribing) passes the same challenge and replaces the old secret and choices,
 * so only whoever controls the URL can change its subscription. The challenge runs outside any transaction.
 */
@Singleton
public class SubscribeWebhook {

    static final int MAX_URL = 320;

    private final OutboundUrls outboundUrls;
    private final VerifyWebhook verify;
    private final ComponentRepository components;
    private final StoreWebhookSubscriber store;

    SubscribeWebhook(OutboundUrls outboundUrls, VerifyWebhook verify, ComponentRepository components,
                     StoreWebhookSubscriber store) {
        this.outboundUrls = outboundUrls;
        this.verify = verify;
        this.components = components;
        this.store = store;
    }

    /**
     * @param componentIds empty for every component
     * @param challenge    false only for admins who vouch for a URL that cannot answer the challenge
     * @param admin        who added it through the admin API, for the audit log; empty for the public form
     */
    public WebhookSubscriber subscribe(String url, List<Long> componentIds, boolean challenge, Optional<Actor> admin) {
        String given = Fields.requiredText("url", url, MAX_URL);
        URI uri = outboundUrls.check("url", given);
        for (Long id : componentIds) {
            if (!components.existsById(id)) {
                throw new InvalidInputException("components", "There is no component with id " + id);
            }
        }
        String secret = Tokens.newToken();
        if (challenge) {
            verify.verify(uri, secret);
        }
        return store.store(uri.toString(), secret, componentIds.stream().distinct().toList(), admin);
    }
}
