package io.herald.subscriber;

/**
 * The mail server refused a recipient for good (a 5xx to RCPT TO): published by the e-mail adapter, heard by
 * {@link SuppressBouncedAddress}. Lives here, not in notification, so that the subscriber package needs nothing
 * of the delivery pipeline.
 */
public record MailBounced(String email, String detail) {
}
