package io.herald.subscriber;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** reason: bounce, complaint or manual (the default), e.g. a complaint forwarded by the mail provider. */
@Serdeable
record SuppressionInput(@Nullable String email, @Nullable String reason) {
}
