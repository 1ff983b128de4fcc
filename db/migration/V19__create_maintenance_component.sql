-- The components a maintenance affects: under maintenance while it runs, operational again after.
CREATE TABLE maintenance_component (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    maintenance_id BIGINT NOT NULL,
    component_id   BIGINT NOT NULL,
    CONSTRAINT uq_maintenance_component UNIQUE (maintenance_id, component_id),
    CONSTRAINT fk_maintenance_component_maintenance FOREIGN KEY (maintenance_id) REFERENCES maintenance (id) ON DELETE CASCADE,
    CONSTRAINT fk_maintenance_component_component FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
