-- Who a message is for. PUBLIC: subscribers, feeds, chat channels and Twitter/X. INTERNAL: stakeholder groups
-- whose minimum severity the incident's severity reaches (severity holds it). DRILL: only the drill audience,
-- so that a rehearsal can never reach a public output. thread_key groups the messages of one incident, for
-- channels that thread (the tweets of an incident form one thread). expand_cursor: how far a large audience has
-- been expanded, a slice per transaction, so that sending starts while the rest is still being expanded.
ALTER TABLE notification_message
    ADD COLUMN audience   VARCHAR(16) NOT NULL DEFAULT 'PUBLIC' AFTER channel,
    ADD COLUMN severity   VARCHAR(8)  NULL AFTER audience,
    ADD COLUMN thread_key VARCHAR(64) NULL AFTER component_filter,
    ADD COLUMN expand_cursor BIGINT NULL AFTER expanded_at,
    ADD INDEX ix_notification_message_source (source),
    ADD INDEX ix_notification_message_thread (thread_key, id);
