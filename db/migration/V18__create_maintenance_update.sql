-- The public messages of a maintenance, like incident_update. Today every update is published when it
-- is posted; publish_at and a nullable published_at leave room for timed ones without a new migration.
CREATE TABLE maintenance_update (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    maintenance_id        BIGINT       NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    body                  TEXT         NOT NULL,
    internal_note         TEXT         NULL,
    deliver_notifications BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by            VARCHAR(320) NOT NULL,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    publish_at            DATETIME(3)  NOT NULL,
    published_at          DATETIME(3)  NULL,
    INDEX ix_maintenance_update_maintenance (maintenance_id, publish_at),
    CONSTRAINT fk_maintenance_update_maintenance FOREIGN KEY (maintenance_id) REFERENCES maintenance (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
