package io.herald.maintenance;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every maintenance started or completed in the Herald under test. */
@Singleton
class HeardMaintenanceEvents {
    final List<MaintenanceStarted> started = new CopyOnWriteArrayList<>();
    final List<MaintenanceCompleted> completed = new CopyOnWriteArrayList<>();

    long started(long maintenanceId) {
        return started.stream().filter(s -> s.maintenanceId() == maintenanceId).count();
    }

    @EventListener
    void on(MaintenanceStarted event) {
        started.add(event);
    }

    @EventListener
    void on(MaintenanceCompleted event) {
        completed.add(event);
    }
}
