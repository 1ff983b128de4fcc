CREATE TABLE audit_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME(3)  NOT NULL,
    actor          VARCHAR(320) NOT NULL,
    action         VARCHAR(64)  NOT NULL,
    target         VARCHAR(255) NOT NULL,
    detail         TEXT         NULL,
    remote_address VARCHAR(64)  NULL,
    INDEX ix_audit_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
