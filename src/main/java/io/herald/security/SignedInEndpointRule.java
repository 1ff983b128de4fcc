package io.herald.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.inject.ExecutableMethod;
import io.micronaut.management.endpoint.EndpointSensitivityProcessor;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.security.rules.SensitiveEndpointRule;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Sensitive management endpoints (/prometheus, health details) are open to anyone signed in or holding an API token
 * (every role includes viewer). Micronaut's own rule answers 500 until it is replaced.
 */
@Singleton
@Replaces(SensitiveEndpointRule.class)
class SignedInEndpointRule extends SensitiveEndpointRule {

    SignedInEndpointRule(EndpointSensitivityProcessor processor) {
        super(processor);
    }

    @Override
    protected Publisher<SecurityRuleResult> checkSensitiveAuthenticated(HttpRequest<?> request, Authentication authentication,
                                                                        ExecutableMethod<?, ?> method) {
        return Publishers.just(SecurityRuleResult.ALLOWED);
    }
}
