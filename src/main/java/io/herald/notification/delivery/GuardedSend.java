package io.herald.notification.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.herald.notification.NotificationMessage;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Sends one delivery through the circuit breaker of its endpoint, notes it in the thread's journal the moment the
 * far end took it, and gathers its outcome. A breaker opens when half of the last 20 calls to an endpoint failed (at
 * least 10 calls); while open, that endpoint's deliveries are put back untried, and the other endpoints carry on.
 */
final class GuardedSend {

    private final CircuitBreakerRegistry breakers;
    private final Clock clock;

    GuardedSend(Duration breakerOpen, Clock clock) {
        this.clock = clock;
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
                .waitDurationInOpenState(breakerOpen).permittedNumberOfCallsInHalfOpenState(2)
                .recordExceptions(DeliveryFailure.class).build());
    }

    <P> void send(ChannelAdapter<P> adapter, Delivery delivery, NotificationMessage message, P prepared,
                          Outcomes outcomes, SentJournal.Writer sentJournal) {
        CircuitBreaker breaker = breakers.circuitBreaker(adapter.channel() + " " + adapter.endpoint(delivery, message));
        if (!breaker.tryAcquirePermission()) {
            outcomes.deferred.add(delivery.id());
            return;
        }
        long started = System.nanoTime();
        try {
            String externalId = adapter.send(delivery, message, prepared);
            sentJournal.sent(delivery.id(), clock.instant(), externalId);
            breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            if (externalId == null) {
                outcomes.sent.add(delivery);
            } else {
                outcomes.sentAs.put(delivery, externalId);
            }
        } catch (DeliveryFailure failure) {
            if (failure.untried()) {
                // Waiting its turn (a thread's earlier tweet is not out): not an attempt, not the endpoint's fault.
                breaker.releasePermission();
                outcomes.failed.add(new Outcomes.Failed(delivery, failure));
                return;
            }
            if (failure.permanent()) {
                // The far end answered, and clearly: that says nothing bad about its health.
                breaker.onSuccess(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            } else {
                breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, failure);
            }
            outcomes.failed.add(new Outcomes.Failed(delivery, failure));
        } catch (RuntimeException e) {
            breaker.onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            outcomes.failed.add(new Outcomes.Failed(delivery, DeliveryFailure.retry(String.valueOf(e.getMessage()), e)));
        }
    }
}
