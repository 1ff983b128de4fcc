package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** A subscriber as an admin adds one: {@code components} are component ids (none: every component). */
@Serdeable
record SubscriberInput(@Nullable String email, @Nullable List<String> components) {
}
