package io.herald.notification.webhook;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.delivery.ChannelAdapter;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryFailure;
import io.herald.notification.delivery.HttpAnswers;
import io.herald.notification.delivery.HttpAnswers.Gone;
import io.herald.notification.delivery.HttpReceivers;
import io.herald.notification.outbox.DrillWebhookSettings;
import io.herald.system.PageSettings;
import io.herald.webhook.WebhookDeliveryFailed;
import io.herald.webhook.WebhookHeaders;
import io.herald.webhook.WebhookSubscriber;
import io.herald.webhook.WebhookSubscriberRepository;
import io.herald.webhook.WebhooksDelivered;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The webhook adapter: posts the payload, signed with the subscriber's secret, to its URL (a drill's payload to
 * a drill webhook, signed with HERALD_DRILL_WEBHOOK_SECRET if set). Timeouts and network errors are retried; an
 * answer means what {@link HttpAnswers} says, and a 410 Gone that the subscriber is gone for good. The circuit
 * breaker is kept per host and port, so one dead receiver slows no other. How each subscriber's deliveries ended
 * is told to the webhook package, which disables a receiver that keeps failing (or is gone).
 */
@Singleton
class WebhookAdapter implements ChannelAdapter<Map<Long, WebhookSubscriber>> {

    private final HttpReceivers receivers;
    private final WebhookSubscriberRepository subscribers;
    private final DrillWebhookSettings drillWebhooks;
    private final ApplicationEventPublisher<WebhooksDelivered> delivered;
    private final ApplicationEventPublisher<WebhookDeliveryFailed> failed;
    private final PageSettings page;
    private final int concurrency;
    private final Clock clock;

    WebhookAdapter(HttpReceivers receivers, WebhookSubscriberRepository subscribers, DrillWebhookSettings drillWebhooks,
                   ApplicationEventPublisher<WebhooksDelivered> delivered,
                   ApplicationEventPublisher<WebhookDeliveryFailed> failed, PageSettings page,
                   @Value("${herald.webhooks.concurrency:4}") int concurrency, Clock clock) {
        this.receivers = receivers;
        this.subscribers = subscribers;
        this.drillWebhooks = drillWebhooks;
        this.delivered = delivered;
        this.failed = failed;
        this.page = page;
        this.concurrency = concurrency;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public int concurrency() {
        return Math.max(1, concurrency);
    }

    // Small batches: a receiver may take its full 10 s, and the batch's lease has to cover that.
    @Override
    public int batchSize() {
        return 20;
    }

    /** The subscribers (secret, token, still subscribed?) of the whole batch, in one query. */
    @Override
    public Map<Long, WebhookSubscriber> prepare(List<Delivery> batch, Map<Long, NotificationMessage> messages) {
        List<Long> ids = batch.stream().map(Delivery::subscriberId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : subscribers.findByIdIn(ids).stream()
                .collect(Collectors.toMap(WebhookSubscriber::id, Function.identity()));
    }

    @Override
    public String endpoint(Delivery delivery, NotificationMessage message) {
        return HttpReceivers.endpoint(delivery.recipient());
    }

    @Override
    public String send(Delivery delivery, NotificationMessage message, Map<Long, WebhookSubscriber> prepared)
            throws DeliveryFailure {
        Target target = message.audience() == Audience.DRILL ? drillTarget(delivery, message)
                : subscriberTarget(delivery, message, prepared);
        receivers.post(target.url(), WebhookHeaders.of(target.body(), target.secret(), String.valueOf(delivery.id()),
                clock.instant()), target.body(), Gone.RECIPIENT);
        return null;
    }

    // Failures first, then the deliveries that went through: of two outcomes for one subscriber in a group, the
    // order is not known, and a delivered post should rather reset a count than be overtaken by it.
    @Override
    public void recorded(List<Delivery> deliveries, Map<Delivery, DeliveryFailure> failures) {
        failures.forEach((delivery, failure) -> {
            if (delivery.subscriberId() != null) {
                failed.publishEvent(new WebhookDeliveryFailed(delivery.subscriberId(), String.valueOf(failure.getMessage()),
                        failure.gone()));
            }
        });
        List<Long> took = deliveries.stream().map(Delivery::subscriberId).filter(Objects::nonNull).distinct().toList();
        if (!took.isEmpty()) {
            delivered.publishEvent(new WebhooksDelivered(took));
        }
    }

    /** Where a delivery goes, what signs it (nothing for an unsigned drill webhook), and the body as sent. */
    private record Target(URI url, @Nullable String secret, String body) {
    }

    private Target subscriberTarget(Delivery delivery, NotificationMessage message,
                                    Map<Long, WebhookSubscriber> prepared) throws DeliveryFailure {
        WebhookSubscriber subscriber = delivery.subscriberId() == null ? null : prepared.get(delivery.subscriberId());
        if (subscriber != null && subscriber.disabledAt() != null) {
            throw DeliveryFailure.permanent("The webhook is disabled: " + subscriber.disabledReason());
        }
        if (subscriber == null || !subscriber.active()) {
            throw DeliveryFailure.permanent("The webhook subscriber was removed or unsubscribed");
        }
        String unsubscribe = page.url() + "/webhooks/" + subscriber.token() + "/unsubscribe";
        return new Target(URI.create(subscriber.url()), subscriber.secret(), message.textBody().replaceFirst(
                Pattern.quote(WebhookPayloads.UNSUBSCRIBE_URL), Matcher.quoteReplacement(unsubscribe)));
    }

    // Only a URL that is still a drill webhook: one taken out of the setting since the message was queued gets
    // nothing more, as an unsubscribed subscriber would not.
    private Target drillTarget(Delivery delivery, NotificationMessage message) throws DeliveryFailure {
        if (!drillWebhooks.urls().contains(delivery.recipient())) {
            throw DeliveryFailure.permanent(delivery.recipient() + " is no longer one of " + DrillWebhookSettings.SETTING);
        }
        return new Target(URI.create(delivery.recipient()), drillWebhooks.secret().orElse(null), message.textBody());
    }
}
