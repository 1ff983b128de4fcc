package io.herald.maintenance;

import io.herald.audit.RecordAudit;
import io.herald.system.Actor;
import io.herald.system.NotFoundException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

@Singleton
public class PostMaintenanceUpdate {

    private final MaintenanceRepository maintenances;
    private final ReadMaintenanceInput read;
    private final StoreMaintenanceUpdate storeUpdate;
    private final RecordAudit audit;

    PostMaintenanceUpdate(MaintenanceRepository maintenances, ReadMaintenanceInput read,
                          StoreMaintenanceUpdate storeUpdate, RecordAudit audit) {
        this.maintenances = maintenances;
        this.read = read;
        this.storeUpdate = storeUpdate;
        this.audit = audit;
    }

    @Transactional
    public MaintenanceUpdate post(long maintenanceId, PostMaintenanceUpdateRequest input, Actor actor) {
        // Locked, so that the scheduler cannot start or complete it between this check and this write.
        Maintenance maintenance = maintenances.lockById(maintenanceId)
                .orElseThrow(() -> new NotFoundException("Maintenance", maintenanceId));
        MaintenanceUpdateDraft draft = read.update(input, maintenance.status());
        MaintenanceStatus.checkMove(maintenance.status(), draft.status());
        MaintenanceUpdate update = storeUpdate.store(maintenance, draft, actor, false);
        audit.record(actor, "maintenance.update", "maintenance " + maintenanceId,
                maintenance.status().code() + " -> " + draft.status().code());
        return update;
    }
}
