-- An internal stakeholder group (executives, support leads, …): its members get an internal mail for every
-- update of an incident whose severity reaches min_severity (SEV1 is the most severe, so a group with SEV2 hears
-- of SEV1 and SEV2 incidents). Members are plain addresses, not Herald users.
CREATE TABLE stakeholder_group (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(255) NOT NULL,
    min_severity VARCHAR(8)   NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT uq_stakeholder_group_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stakeholder_member (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id   BIGINT       NOT NULL,
    email      VARCHAR(320) NOT NULL,
    created_at DATETIME(3)  NOT NULL,
    CONSTRAINT uq_stakeholder_member UNIQUE (group_id, email),
    CONSTRAINT fk_stakeholder_member_group FOREIGN KEY (group_id) REFERENCES stakeholder_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
