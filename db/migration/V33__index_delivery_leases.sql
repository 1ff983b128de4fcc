-- A leased (SENDING) row now carries its lease's end in next_attempt_at too: that is when it is next up, should its
-- worker die. The claim index (channel, state, next_attempt_at) then finds expired leases without reading the live
-- ones; before, every claim read and locked each row in flight (half of MariaDB's work in a 100k fan-out).
UPDATE delivery SET next_attempt_at = lease_until WHERE state = 'SENDING' AND lease_until IS NOT NULL;
