package io.herald.notification;

/** Where a delivery goes; one {@link ChannelAdapter} per channel. */
public enum Channel {
    EMAIL, WEBHOOK, CHAT, TWITTER
}
