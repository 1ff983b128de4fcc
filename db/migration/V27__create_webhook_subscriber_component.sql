-- The components a webhook subscriber chose, when it did not choose all of them.
CREATE TABLE webhook_subscriber_component (
    webhook_subscriber_id BIGINT NOT NULL,
    component_id          BIGINT NOT NULL,
    PRIMARY KEY (webhook_subscriber_id, component_id),
    INDEX ix_webhook_subscriber_component_component (component_id),
    CONSTRAINT fk_webhook_subscriber_component_subscriber FOREIGN KEY (webhook_subscriber_id)
        REFERENCES webhook_subscriber (id) ON DELETE CASCADE,
    CONSTRAINT fk_webhook_subscriber_component_component FOREIGN KEY (component_id)
        REFERENCES component (id) ON DELETE CASCADE
) ENGINE = InnoDB;
