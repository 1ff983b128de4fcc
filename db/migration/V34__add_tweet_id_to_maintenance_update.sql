-- The id of the tweet that announced a maintenance update, shown as tweet_id in the APIs as for incident updates.
ALTER TABLE maintenance_update ADD COLUMN tweet_id VARCHAR(64) NULL;
