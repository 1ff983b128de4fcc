-- A corrected update keeps its earlier text here: what the public saw stays on record.
CREATE TABLE incident_update_edit (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    update_id BIGINT       NOT NULL,
    old_body  TEXT         NOT NULL,
    edited_by VARCHAR(320) NOT NULL,
    edited_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_update_edit_update FOREIGN KEY (update_id) REFERENCES incident_update (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
