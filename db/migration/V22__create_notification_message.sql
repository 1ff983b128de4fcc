-- One rendered message for one audience on one channel, written in the same transaction as the change it
-- announces (the outbox). ExpandMessages later turns it into one delivery per recipient, exactly once.
CREATE TABLE notification_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    source           VARCHAR(64)  NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    subject          VARCHAR(255) NOT NULL,
    text_body        MEDIUMTEXT   NOT NULL,
    html_body        MEDIUMTEXT   NOT NULL,
    component_filter VARCHAR(2000) NULL,
    created_at       DATETIME(3)  NOT NULL,
    expanded_at      DATETIME(3)  NULL,
    INDEX ix_notification_message_expand (expanded_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
