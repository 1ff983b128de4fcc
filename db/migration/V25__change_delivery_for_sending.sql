-- external_id: what the far end called what it accepted (the id of a posted tweet), kept so that a retry after a
-- crash never posts twice, and so that later messages can thread under it.
-- ix_delivery_due: workers claim due rows of one channel and state in next_attempt_at order; with the channel first
-- the claim reads exactly the rows it takes, instead of walking (and locking) the rows of a large fan-out already sent.
ALTER TABLE delivery
    ADD COLUMN external_id VARCHAR(64) NULL AFTER sent_at,
    DROP INDEX ix_delivery_due,
    ADD INDEX ix_delivery_due (channel, state, next_attempt_at);
