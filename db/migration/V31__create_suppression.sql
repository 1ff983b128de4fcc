-- Addresses Herald must not mail: hard bounces, complaints, or an admin's say-so. Kept apart from subscriber so
-- that a suppression outlives an unsubscribe or a deleted subscriber and stops a later import or subscription.
CREATE TABLE suppression (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(320) NOT NULL,
    reason     VARCHAR(16)  NOT NULL,
    detail     VARCHAR(1000) NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_suppression_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
