-- What an update means for the business and what happens next: internal, like internal_note. Stakeholder
-- groups read them in their internal mail and chat; no public output ever selects them.
ALTER TABLE incident_update
    ADD COLUMN business_impact TEXT NULL AFTER internal_note,
    ADD COLUMN next_steps      TEXT NULL AFTER business_impact;
