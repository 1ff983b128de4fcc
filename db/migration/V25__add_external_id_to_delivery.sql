-- What the far end called what it accepted (the id of a posted tweet): kept so that a retry after a crash
-- never posts twice, and so that later messages can thread under it.
ALTER TABLE delivery
    ADD COLUMN external_id VARCHAR(64) NULL AFTER sent_at;
