package io.herald.incident;

import io.herald.system.InvalidInputException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How often an open incident owes the public an update: its own interval, else its severity's default
 * (HERALD_CADENCE_SEV1..SEV4 in minutes; 0 means no cadence).
 */
@Singleton
public class Cadence {

    static final int MAX_MINUTES = 24 * 60;

    private final Map<Severity, Integer> defaults;

    Cadence(@Value("${herald.cadence.sev1:30}") int sev1, @Value("${herald.cadence.sev2:60}") int sev2,
            @Value("${herald.cadence.sev3:120}") int sev3, @Value("${herald.cadence.sev4:0}") int sev4) {
        this.defaults = Map.of(Severity.SEV1, sev1, Severity.SEV2, sev2, Severity.SEV3, sev3, Severity.SEV4, sev4);
    }

    public Optional<Duration> interval(Incident incident) {
        int minutes = incident.updateIntervalMinutes() != null ? incident.updateIntervalMinutes()
                : defaults.get(incident.severity());
        return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
    }

    /** When the next public update is due, for an open incident whose last update was published at {@code last}. */
    public Optional<Instant> nextUpdateDue(Incident incident, @Nullable Instant last) {
        if (incident.status().closed() || last == null) {
            return Optional.empty();
        }
        return interval(incident).map(last::plus);
    }

    static @Nullable Integer checkedInterval(@Nullable Integer minutes) {
        if (minutes != null && (minutes < 0 || minutes > MAX_MINUTES)) {
            throw new InvalidInputException("update_interval_minutes",
                    "update_interval_minutes must be between 0 (no cadence) and " + MAX_MINUTES);
        }
        return minutes;
    }
}
