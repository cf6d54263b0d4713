-- Individual rights, second step. Portable SQL only (STORES.md).

-- Erasure (UK GDPR Art 17) deletes by person_id from every table in ErasureRule; an access reply
-- (Art 15) reads by person_id. Each such lookup needs a single-column index on person_id: DuckDB
-- uses an index only for a single-column equality (STORES.md), and a composite key that does not
-- lead with person_id is no help on either engine. These tables had none.
CREATE INDEX pending_row_person ON pending_row (person_id);
CREATE INDEX link_decision_person ON link_decision (person_id);
CREATE INDEX consent_state_person ON consent_state (person_id);

-- The suppression list's installation secret no longer lives in the database (a copy of the
-- database would carry the key to its own hashes): it is kept in a file with owner-only
-- permissions (docs/adr/0210-suppression-secret-outside-the-store.md). The store keeps only a
-- verifier, HMAC-SHA256(secret, a fixed label), so a missing or different secret file is detected
-- before any hash is computed with it. An old in-database secret (rights_secret) is moved out to the
-- file by the application on first use and its row deleted; the table stays, empty, for that move.
CREATE TABLE rights_secret_check (
    id          INTEGER      PRIMARY KEY CHECK (id = 1),
    verifier    VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT current_timestamp
);
