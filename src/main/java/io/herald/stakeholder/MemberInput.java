package io.herald.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record MemberInput(@Nullable String email) {
}
