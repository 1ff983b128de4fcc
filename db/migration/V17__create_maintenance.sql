-- A planned window of work. remind_before_minutes lists the reminder offsets before scheduled_for,
-- largest first, e.g. '1440,60' ('' for none). last_reminder_minutes is the smallest offset already
-- announced: SendMaintenanceReminders stamps it with one conditional UPDATE that only lowers it, so
-- each reminder goes out exactly once whichever instance gets there first, with no table of its own.
CREATE TABLE maintenance (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                  VARCHAR(255) NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    scheduled_for         DATETIME(3)  NOT NULL,
    scheduled_until       DATETIME(3)  NOT NULL,
    auto_start            BOOLEAN      NOT NULL DEFAULT TRUE,
    auto_complete         BOOLEAN      NOT NULL DEFAULT TRUE,
    remind_before_minutes VARCHAR(64)  NOT NULL DEFAULT '1440,60',
    last_reminder_minutes INT          NULL,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    started_at            DATETIME(3)  NULL,
    completed_at          DATETIME(3)  NULL,
    INDEX ix_maintenance_status (status, scheduled_for),
    INDEX ix_maintenance_scheduled (scheduled_for)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
