-- Individual rights (UK GDPR Arts 12-22): requests with their statutory clocks, the history of
-- each request, suppression entries that stop an erased person coming back, and the installation
-- secret those entries are keyed with. Portable SQL only (STORES.md).

CREATE SEQUENCE rights_request_seq START 1;

-- One request from one person. The clock (UK GDPR Art 12(3)) starts on clock_starts_on: the day
-- the request was received, or the day identity evidence arrived when it had to be asked for.
-- Kept after the request is closed, and after an erasure, to show the request was honoured (Art 5(2)).
CREATE TABLE rights_request (
    id                   BIGINT DEFAULT nextval('rights_request_seq') PRIMARY KEY,
    kind                 VARCHAR(30)   NOT NULL CHECK (kind IN ('access', 'rectification', 'erasure', 'restriction',
                             'objection_marketing', 'objection_profiling', 'objection_all', 'consent_withdrawal')),
    status               VARCHAR(20)   NOT NULL CHECK (status IN ('awaiting_identity', 'open', 'refused', 'completed')),
    requester_name       VARCHAR(200)  NOT NULL,
    contact              VARCHAR(400),
    details              VARCHAR(4000),
    nation               VARCHAR(20)   NOT NULL CHECK (nation IN ('england-and-wales', 'scotland', 'northern-ireland')),
    received_on          DATE          NOT NULL,
    identity_method      VARCHAR(40),
    identity_evidence    VARCHAR(1000),
    identity_checked_by  VARCHAR(100),
    identity_received_on DATE,
    clock_starts_on      DATE,
    due_on               DATE,
    extended_due_on      DATE,
    extension_reason     VARCHAR(2000),
    extension_notice_on  DATE,
    refusal_ground       VARCHAR(30)   CHECK (refusal_ground IN ('manifestly_unfounded', 'manifestly_excessive')),
    refusal_reason       VARCHAR(2000),
    person_id            BIGINT,
    person_confirmed_by  VARCHAR(100),
    closed_on            DATE,
    created_by           VARCHAR(100)  NOT NULL,
    created_at           TIMESTAMPTZ   NOT NULL
);
CREATE INDEX rights_request_status ON rights_request (status);

-- What happened to a request, in order: intake, identity, match, extension, refusal, each action.
CREATE SEQUENCE rights_event_seq START 1;
CREATE TABLE rights_event (
    id          BIGINT DEFAULT nextval('rights_event_seq') PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    event_at    TIMESTAMPTZ   NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    event       VARCHAR(40)   NOT NULL,
    note        VARCHAR(2000)
);
CREATE INDEX rights_event_request ON rights_event (request_id);

-- An erased person's identifiers, each kept only as an HMAC-SHA256 with the installation secret
-- of its normalised form, so a later broker file or canvass import cannot bring them back (Art 17)
-- and the list itself does not say who was erased.
CREATE TABLE suppression (
    key_hash     VARCHAR(64)   NOT NULL,
    key_kind     VARCHAR(20)   NOT NULL CHECK (key_kind IN ('name_postcode', 'name_birth_date', 'email', 'phone')),
    reason       VARCHAR(40)   NOT NULL,
    request_id   BIGINT,
    suppressed_on DATE         NOT NULL,
    PRIMARY KEY (key_hash, key_kind)
);

-- The installation secret the suppression hashes are keyed with: one row, made on first use.
CREATE TABLE rights_secret (
    id      INTEGER      PRIMARY KEY CHECK (id = 1),
    secret  VARCHAR(64)  NOT NULL
);
