package io.herald.notification.email;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.NotificationMessageRepository;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryRepository;
import io.herald.notification.delivery.DeliveryState;
import io.herald.statuspage.ThemeTemplates;
import io.herald.subscriber.Subscribe.SubscriptionRequested;
import io.herald.system.PageSettings;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Queues the double opt-in mail in the subscriber's own transaction. It goes to one address only, so it
 * is written already expanded, with its single delivery, and the e-mail worker sends it like any other.
 */
@Singleton
class QueueConfirmationMail {

    private final NotificationMessageRepository messages;
    private final DeliveryRepository deliveries;
    private final ThemeTemplates theme;
    private final PageSettings page;
    private final Clock clock;

    QueueConfirmationMail(NotificationMessageRepository messages, DeliveryRepository deliveries, ThemeTemplates theme,
                          PageSettings page, Clock clock) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.theme = theme;
        this.page = page;
        this.clock = clock;
    }

    @EventListener
    void on(SubscriptionRequested requested) {
        var now = clock.instant();
        String confirmUrl = NotificationMessage.MANAGE_URL + "/confirm";
        String text = "Someone, hopefully you, asked for status updates of " + page.name() + " at this address.\n\n"
                + "Confirm the subscription: " + confirmUrl + "\n\n"
                + "If it was not you, ignore this mail: nothing will be sent without a confirmation.\n";
        MailView view = new MailView.Confirmation(page, confirmUrl);
        String html = theme.render(view.template(), view.params());
        NotificationMessage message = messages.save(new NotificationMessage(null, "subscription:" + requested.subscriberId(),
                Channel.EMAIL, Audience.PUBLIC, null, "Confirm your subscription to " + page.name(), text, html, null,
                null, now, now));
        deliveries.save(new Delivery(null, message.id(), Channel.EMAIL, requested.email(), requested.subscriberId(),
                DeliveryState.QUEUED, 0, now, null, null, null, null, now));
    }
}
