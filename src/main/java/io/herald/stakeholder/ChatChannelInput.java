package io.herald.stakeholder;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A chat channel as the admin API sends it: {@code kind} slack, teams or discord; {@code audience} "public" or the
 * id of a stakeholder group; {@code components} ids (none: every component). On PATCH, what is left out stays.
 */
@Serdeable
record ChatChannelInput(@Nullable String name, @Nullable String kind, @Nullable String webhookUrl,
                        @Nullable String audience, @Nullable List<String> components) {
}
