-- A Slack, Teams or Discord incoming webhook. group_id null: a public channel, which gets the public text of
-- announced updates; otherwise the channel of that stakeholder group, which gets the internal text. Deleting the
-- group deletes its channels: turning them public instead would leak internal text. webhook_url is at most 320
-- characters because deliveries keep it as their recipient.
CREATE TABLE chat_channel (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    name           VARCHAR(255) NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    webhook_url    VARCHAR(320) NOT NULL,
    group_id       BIGINT       NULL,
    all_components BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at     DATETIME(3)  NOT NULL,
    CONSTRAINT fk_chat_channel_group FOREIGN KEY (group_id) REFERENCES stakeholder_group (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The components a chat channel hears about, when not all of them.
CREATE TABLE chat_channel_component (
    chat_channel_id BIGINT NOT NULL,
    component_id    BIGINT NOT NULL,
    PRIMARY KEY (chat_channel_id, component_id),
    INDEX ix_chat_channel_component_component (component_id),
    CONSTRAINT fk_chat_channel_component_channel FOREIGN KEY (chat_channel_id)
        REFERENCES chat_channel (id) ON DELETE CASCADE,
    CONSTRAINT fk_chat_channel_component_component FOREIGN KEY (component_id)
        REFERENCES component (id) ON DELETE CASCADE
) ENGINE = InnoDB;
