-- A webhook subscriber: a URL that proved it wants Herald's updates by answering a challenge (confirmed_at).
-- The secret signs every delivery (HMAC-SHA256), so it is kept as it is; the token is the capability in the
-- unsubscribe link of every payload. url is at most 320 characters because deliveries keep it as recipient.
CREATE TABLE webhook_subscriber (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    url             VARCHAR(320) NOT NULL,
    secret          CHAR(43)     NOT NULL,
    token           CHAR(43)     NOT NULL,
    all_components  BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)  NOT NULL,
    confirmed_at    DATETIME(3)  NULL,
    unsubscribed_at DATETIME(3)  NULL,
    CONSTRAINT uq_webhook_subscriber_url UNIQUE (url),
    CONSTRAINT uq_webhook_subscriber_token UNIQUE (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
