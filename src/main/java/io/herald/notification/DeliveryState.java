package io.herald.notification;

public enum DeliveryState {
    QUEUED, SENDING, SENT, RETRYING, FAILED
}
