-- One-time links that let the first admin choose a password when none was configured.
CREATE TABLE setup_link (
    token_hash CHAR(64)    NOT NULL PRIMARY KEY,
    created_at DATETIME(3) NOT NULL,
    expires_at DATETIME(3) NOT NULL,
    used_at    DATETIME(3) NULL
) ENGINE = InnoDB;
