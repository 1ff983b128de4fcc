CREATE TABLE incident (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                    VARCHAR(255) NOT NULL,
    status                  VARCHAR(16)  NOT NULL,
    impact                  VARCHAR(16)  NOT NULL,
    severity                VARCHAR(8)   NOT NULL,
    drill                   BOOLEAN      NOT NULL DEFAULT FALSE,
    point_user_id           BIGINT       NULL,
    comms_user_id           BIGINT       NULL,
    update_interval_minutes INT          NULL,
    show_next_update        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at              DATETIME(3)  NOT NULL,
    updated_at              DATETIME(3)  NOT NULL,
    started_at              DATETIME(3)  NOT NULL,
    monitoring_at           DATETIME(3)  NULL,
    resolved_at             DATETIME(3)  NULL,
    INDEX ix_incident_status (status),
    INDEX ix_incident_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
