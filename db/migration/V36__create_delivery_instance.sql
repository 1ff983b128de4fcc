-- One row per running Herald that delivers, with a heartbeat (HERALD_DELIVERY_HEARTBEAT). When an instance's
-- heartbeat stops (kill -9, a lost machine), the others hand its leases back to the queue at once instead of waiting
-- for them to run out. heartbeat_at is always the database's NOW(3), so that instances' clocks need not agree.
CREATE TABLE delivery_instance (
    id           BIGINT      NOT NULL PRIMARY KEY,
    started_at   DATETIME(3) NOT NULL,
    heartbeat_at DATETIME(3) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
