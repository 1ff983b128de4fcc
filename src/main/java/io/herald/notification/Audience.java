package io.herald.notification;

/**
 * Who a message is for. PUBLIC reaches subscribers and public channels; INTERNAL reaches stakeholder groups
 * and carries internal text; DRILL reaches only the drill audience, never a public output.
 */
public enum Audience {
    PUBLIC, INTERNAL, DRILL
}
