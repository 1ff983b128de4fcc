-- One message to one recipient. Workers claim due rows FOR UPDATE SKIP LOCKED and hold them by a lease:
-- a worker that dies mid-send leaves its rows to be taken again once the lease has run out.
CREATE TABLE delivery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    message_id      BIGINT       NOT NULL,
    channel         VARCHAR(16)  NOT NULL,
    recipient       VARCHAR(320) NOT NULL,
    subscriber_id   BIGINT       NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)  NOT NULL,
    lease_until     DATETIME(3)  NULL,
    last_error      VARCHAR(1000) NULL,
    sent_at         DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uq_delivery_message_recipient UNIQUE (message_id, channel, recipient),
    INDEX ix_delivery_due (state, next_attempt_at),
    CONSTRAINT fk_delivery_message FOREIGN KEY (message_id) REFERENCES notification_message (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
