-- A public e-mail subscriber. The token is the capability in their manage and unsubscribe links, so it is
-- kept as it is (it must go into every message); it grants nothing but managing this one subscription.
CREATE TABLE subscriber (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(320) NOT NULL,
    token           CHAR(43)     NOT NULL,
    all_components  BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      DATETIME(3)  NOT NULL,
    confirmed_at    DATETIME(3)  NULL,
    unsubscribed_at DATETIME(3)  NULL,
    suppressed_at   DATETIME(3)  NULL,
    CONSTRAINT uq_subscriber_email UNIQUE (email),
    CONSTRAINT uq_subscriber_token UNIQUE (token)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
