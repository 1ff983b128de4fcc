-- Failed sign-ins (and ones being checked), per account and client address, shared by every instance.
CREATE TABLE login_attempt (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account      VARCHAR(320) NOT NULL,
    client       VARCHAR(64)  NOT NULL,
    attempted_at DATETIME(3)  NOT NULL,
    INDEX ix_login_attempt_account (account, attempted_at),
    INDEX ix_login_attempt_client (client, attempted_at),
    INDEX ix_login_attempt_at (attempted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
