package io.herald.notification.chat;

import io.herald.notification.Audience;
import io.herald.notification.Channel;
import io.herald.notification.NotificationMessage;
import io.herald.notification.delivery.ChannelAdapter;
import io.herald.notification.delivery.Delivery;
import io.herald.notification.delivery.DeliveryFailure;
import io.herald.notification.delivery.HttpAnswers;
import io.herald.notification.delivery.HttpAnswers.Gone;
import io.herald.notification.delivery.HttpReceivers;
import io.herald.stakeholder.ChatChannel;
import io.herald.stakeholder.ChatChannelRepository;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chat adapter: posts a message to a Slack, Teams or Discord incoming webhook in that service's JSON shape.
 * A delivery's recipient is the webhook URL and its subscriber_id the chat channel's id. Timeouts and network
 * errors are retried; an answer means what {@link HttpAnswers} says, a 410 Gone included: it fails the delivery
 * only, since nothing disables a chat channel for its answers. The circuit breaker is kept per host and port.
 */
@Singleton
class ChatAdapter implements ChannelAdapter<Map<Long, ChatChannel>> {

    private final HttpReceivers receivers;
    private final ChatChannelRepository channels;
    private final ChatPayloads payloads;
    private final int concurrency;

    ChatAdapter(HttpReceivers receivers, ChatChannelRepository channels, ChatPayloads payloads,
                @Value("${herald.chat.concurrency:2}") int concurrency) {
        this.receivers = receivers;
        this.channels = channels;
        this.payloads = payloads;
        this.concurrency = concurrency;
    }

    @Override
    public Channel channel() {
        return Channel.CHAT;
    }

    @Override
    public int concurrency() {
        return Math.max(1, concurrency);
    }

    // Small batches: a chat service may take its full 10 s, and the batch's lease has to cover that.
    @Override
    public int batchSize() {
        return 20;
    }

    @Override
    public Map<Long, ChatChannel> prepare(List<Delivery> batch, Map<Long, NotificationMessage> messages) {
        List<Long> ids = batch.stream().map(Delivery::subscriberId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : channels.findByIdIn(ids).stream()
                .collect(Collectors.toMap(ChatChannel::id, Function.identity()));
    }

    @Override
    public String endpoint(Delivery delivery, NotificationMessage message) {
        return HttpReceivers.endpoint(delivery.recipient());
    }

    @Override
    public String send(Delivery delivery, NotificationMessage message, Map<Long, ChatChannel> prepared)
            throws DeliveryFailure {
        ChatChannel channel = delivery.subscriberId() == null ? null : prepared.get(delivery.subscriberId());
        if (channel == null) {
            throw DeliveryFailure.permanent("The chat channel was removed");
        }
        // An internal message never goes to a channel that has become public since it was expanded.
        if (message.audience() != Audience.PUBLIC && channel.isPublic()) {
            throw DeliveryFailure.permanent("The chat channel is public now; an internal message does not go there");
        }
        // Unsigned: the chat services authenticate by the secret in the URL itself.
        receivers.post(URI.create(channel.webhookUrl()), Map.of("User-Agent", "Herald-Chat/1"),
                payloads.payload(channel.kind(), message.subject(), message.textBody()), Gone.DELIVERY);
        return null;
    }
}
