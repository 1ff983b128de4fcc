-- One row, bumped in the same transaction as any change to public content. Every Herald
-- instance polls it and re-renders its cached public documents when it moves.
CREATE TABLE site_revision (
    id         TINYINT     NOT NULL PRIMARY KEY,
    revision   BIGINT      NOT NULL,
    changed_at DATETIME(3) NOT NULL
) ENGINE = InnoDB;

INSERT INTO site_revision (id, revision, changed_at) VALUES (1, 1, UTC_TIMESTAMP(3));
