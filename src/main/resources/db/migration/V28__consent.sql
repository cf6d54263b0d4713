-- Consent per person x purpose x channel. `consent` is the history (rows are only appended);
-- `consent_state` is the live state, one row per person, purpose and channel, replaced on every
-- change so that the gate can test it with one join.
CREATE SEQUENCE consent_seq START 1;

CREATE TABLE consent (
    id               BIGINT DEFAULT nextval('consent_seq') PRIMARY KEY,
    person_id        BIGINT        NOT NULL,
    purpose          VARCHAR(60)   NOT NULL,
    channel          VARCHAR(10)   NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('granted', 'withdrawn')),
    given_at         TIMESTAMPTZ,
    method           VARCHAR(10)   CHECK (method IN ('doorstep', 'phone', 'web', 'paper', 'email', 'sms')),
    source_id        BIGINT,
    wording_version  INTEGER,
    recorded_by      VARCHAR(100)  NOT NULL,
    recorded_at      TIMESTAMPTZ   NOT NULL DEFAULT current_timestamp
);
CREATE INDEX consent_person ON consent (person_id);

CREATE TABLE consent_state (
    person_id   BIGINT       NOT NULL,
    purpose     VARCHAR(60)  NOT NULL,
    channel     VARCHAR(10)  NOT NULL,
    consent_id  BIGINT       NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    provable    BOOLEAN      NOT NULL,
    PRIMARY KEY (person_id, purpose, channel)
);
