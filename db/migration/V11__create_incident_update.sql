-- An update is visible and announced only once published_at is stamped: at once, or by the
-- PublishDueUpdates job when its publish_at arrives (exactly once, whichever instance claims it).
CREATE TABLE incident_update (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    incident_id           BIGINT       NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    body                  TEXT         NOT NULL,
    internal_note         TEXT         NULL,
    deliver_notifications BOOLEAN      NOT NULL DEFAULT TRUE,
    custom_tweet          VARCHAR(280) NULL,
    tweet_id              VARCHAR(64)  NULL,
    created_by            VARCHAR(320) NOT NULL,
    created_at            DATETIME(3)  NOT NULL,
    updated_at            DATETIME(3)  NOT NULL,
    publish_at            DATETIME(3)  NOT NULL,
    published_at          DATETIME(3)  NULL,
    cancelled_at          DATETIME(3)  NULL,
    INDEX ix_incident_update_incident (incident_id, publish_at),
    INDEX ix_incident_update_due (published_at, cancelled_at, publish_at),
    CONSTRAINT fk_incident_update_incident FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
