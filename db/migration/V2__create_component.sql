CREATE TABLE component (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id              BIGINT        NULL,
    name                  VARCHAR(255)  NOT NULL,
    description           VARCHAR(1000) NULL,
    status                VARCHAR(32)   NOT NULL,
    position              INT           NOT NULL DEFAULT 0,
    showcase              BOOLEAN       NOT NULL DEFAULT TRUE,
    only_show_if_degraded BOOLEAN       NOT NULL DEFAULT FALSE,
    start_date            DATE          NULL,
    created_at            DATETIME(3)   NOT NULL,
    updated_at            DATETIME(3)   NOT NULL,
    CONSTRAINT fk_component_group FOREIGN KEY (group_id) REFERENCES component_group (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
