package io.herald.system;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

@Factory
class ClockFactory {

    // Tests replace this bean to move time; production reads the system clock in UTC.
    @Singleton
    @Requires(missingProperty = "herald.test.clock")
    Clock clock() {
        return Clock.systemUTC();
    }
}
