package io.herald.notification;

/** Where a delivery goes; one adapter per channel. */
public enum Channel {
    EMAIL
}
