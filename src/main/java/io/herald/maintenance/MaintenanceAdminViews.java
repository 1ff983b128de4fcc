package io.herald.maintenance;

import io.herald.system.NotFoundException;
import io.herald.system.Timestamps;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

@Singleton
class MaintenanceAdminViews {

    private final MaintenanceRepository maintenances;
    private final MaintenanceUpdateRepository updates;
    private final MaintenanceComponentRepository links;

    MaintenanceAdminViews(MaintenanceRepository maintenances, MaintenanceUpdateRepository updates,
                          MaintenanceComponentRepository links) {
        this.maintenances = maintenances;
        this.updates = updates;
        this.links = links;
    }

    @Transactional(readOnly = true)
    List<MaintenanceAdminJson> all() {
        return maintenances.listOrderByScheduledForDescAndIdDesc().stream().map(this::json).toList();
    }

    @Transactional(readOnly = true)
    MaintenanceAdminJson one(long id) {
        return json(maintenances.findById(id).orElseThrow(() -> new NotFoundException("Maintenance", id)));
    }

    private MaintenanceAdminJson json(Maintenance m) {
        return new MaintenanceAdminJson(String.valueOf(m.id()), m.name(), m.status().code(),
                Timestamps.iso(m.scheduledFor()), Timestamps.iso(m.scheduledUntil()), m.autoStart(), m.autoComplete(),
                m.reminderOffsets(),
                links.findByMaintenanceId(m.id()).stream().map(link -> String.valueOf(link.componentId())).toList(),
                Timestamps.iso(m.createdAt()), Timestamps.iso(m.updatedAt()), Timestamps.iso(m.startedAt()),
                Timestamps.iso(m.completedAt()),
                updates.findByMaintenanceIdOrderByPublishAtDescAndIdDesc(m.id()).stream()
                        .map(MaintenanceAdminViews::update).toList());
    }

    private static MaintenanceAdminJson.Update update(MaintenanceUpdate u) {
        return new MaintenanceAdminJson.Update(String.valueOf(u.id()), u.status().code(), u.body(), u.internalNote(),
                u.deliverNotifications(), u.createdBy(), Timestamps.iso(u.createdAt()), Timestamps.iso(u.publishAt()),
                Timestamps.iso(u.publishedAt()), u.tweetId());
    }
}
