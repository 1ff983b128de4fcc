-- The component statuses an update sets; old_status is filled in when the update is published.
CREATE TABLE incident_update_component (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    update_id    BIGINT      NOT NULL,
    component_id BIGINT      NOT NULL,
    old_status   VARCHAR(32) NULL,
    new_status   VARCHAR(32) NOT NULL,
    CONSTRAINT uq_update_component UNIQUE (update_id, component_id),
    CONSTRAINT fk_update_component_update FOREIGN KEY (update_id) REFERENCES incident_update (id) ON DELETE CASCADE,
    CONSTRAINT fk_update_component_component FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
