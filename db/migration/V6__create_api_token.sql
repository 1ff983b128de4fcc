-- Only the SHA-256 of a token is kept: the token itself is shown once, when it is created.
CREATE TABLE api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(255) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    created_by   VARCHAR(320) NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    expires_at   DATETIME(3)  NULL,
    last_used_at DATETIME(3)  NULL,
    revoked_at   DATETIME(3)  NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
