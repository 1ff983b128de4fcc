-- Every status change of a component: uptime bars and postmortem timelines are computed from it.
CREATE TABLE component_status_change (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    component_id BIGINT        NOT NULL,
    old_status   VARCHAR(32)   NULL,
    new_status   VARCHAR(32)   NOT NULL,
    changed_at   DATETIME(3)   NOT NULL,
    changed_by   VARCHAR(255)  NOT NULL,
    reason       VARCHAR(1000) NULL,
    INDEX ix_status_change_component_time (component_id, changed_at),
    CONSTRAINT fk_status_change_component FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
