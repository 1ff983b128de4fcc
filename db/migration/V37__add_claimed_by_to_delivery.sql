-- The delivery_instance that last claimed the row, so that the leases of an instance whose heartbeat stopped can be
-- handed back. No index and no foreign key: the claim path stays as it was, and the rare hand-back reads only the
-- live leases, through the claim index (channel, state, next_attempt_at). Added last and nullable: instant in MariaDB.
ALTER TABLE delivery ADD COLUMN claimed_by BIGINT NULL;
