-- A webhook whose receiver keeps refusing its deliveries (4xx, redirects) is disabled after a number of them in a
-- row (herald.webhooks.disable-after), at once on 410 Gone; an admin may enable it again. failure_streak goes
-- back to 0 on any delivered post.
ALTER TABLE webhook_subscriber
    ADD COLUMN failure_streak    INT          NOT NULL DEFAULT 0,
    ADD COLUMN disabled_at       DATETIME(3)  NULL,
    ADD COLUMN disabled_reason   VARCHAR(500) NULL;
