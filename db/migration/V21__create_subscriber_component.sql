CREATE TABLE subscriber_component (
    subscriber_id BIGINT NOT NULL,
    component_id  BIGINT NOT NULL,
    PRIMARY KEY (subscriber_id, component_id),
    INDEX ix_subscriber_component_component (component_id),
    CONSTRAINT fk_subscriber_component_subscriber FOREIGN KEY (subscriber_id) REFERENCES subscriber (id) ON DELETE CASCADE,
    CONSTRAINT fk_subscriber_component_component FOREIGN KEY (component_id) REFERENCES component (id) ON DELETE CASCADE
) ENGINE = InnoDB;
