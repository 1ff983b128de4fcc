-- Canned text for common updates: usable when opening an incident and when posting an update.
CREATE TABLE incident_template (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(255) NOT NULL,
    title      VARCHAR(255) NOT NULL,
    body       TEXT         NOT NULL,
    status     VARCHAR(16)  NOT NULL,
    impact     VARCHAR(16)  NOT NULL,
    severity   VARCHAR(8)   NOT NULL,
    components TEXT         NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_incident_template_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
