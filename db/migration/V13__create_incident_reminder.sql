-- One row per incident, due time and kind: the unique key makes a reminder go out once per due time,
-- whichever instance notices first.
CREATE TABLE incident_reminder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id BIGINT      NOT NULL,
    due_at      DATETIME(3) NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uq_incident_reminder UNIQUE (incident_id, due_at, kind),
    CONSTRAINT fk_incident_reminder_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
