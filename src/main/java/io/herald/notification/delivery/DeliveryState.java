package io.herald.notification.delivery;

public enum DeliveryState {
    QUEUED, SENDING, SENT, RETRYING, FAILED
}
