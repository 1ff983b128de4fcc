package io.herald.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A webhook subscriber as the admin API receives it: {@code components} are component ids (none: every
 * component); {@code skip_verification} adds a URL the admin vouches for without the challenge.
 */
@Serdeable
record WebhookSubscriberInput(@Nullable String url, @Nullable List<String> components,
                              @Nullable Boolean skipVerification) {
}
