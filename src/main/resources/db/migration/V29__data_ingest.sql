-- Non-register data (canvass returns, membership lists, web sign-ups, broker files, area
-- statistics). Values of people go to attribute_value (V26); these tables hold what that table
-- cannot. Portable SQL only (STORES.md).

-- Rows of a person-level dataset that could not be attached to a person by an exact key at load:
-- the identity keys the probabilistic linker needs, kept visibly until a person is attached
-- (person_id set, with the linker's probability) — the row then stays as the evidence of the link.
-- Their values are already in attribute_value with person_id NULL.
CREATE TABLE pending_row (
    dataset_id      BIGINT          NOT NULL,
    line_no         BIGINT          NOT NULL,
    reason          VARCHAR(20)     NOT NULL CHECK (reason IN ('no-exact-key', 'no-match', 'ambiguous')),
    la_code         VARCHAR(16),
    elector_number  VARCHAR(40),
    forenames       VARCHAR(200),
    surname         VARCHAR(200),
    address         VARCHAR(1000),
    postcode        VARCHAR(10),
    birth_date      DATE,
    email           VARCHAR(320),
    phone           VARCHAR(40),
    match_key       VARCHAR(800),
    surname_key     VARCHAR(200),
    person_id       BIGINT,
    probability     DOUBLE PRECISION,
    attached_by     VARCHAR(100),
    attached_at     TIMESTAMPTZ,
    PRIMARY KEY (dataset_id, line_no)
);

-- Consents given on a pending row (e.g. a web sign-up's email consent): recorded against the
-- person (consent, consent_state) when the row is attached, not before.
CREATE TABLE pending_consent (
    dataset_id       BIGINT       NOT NULL,
    line_no          BIGINT       NOT NULL,
    purpose          VARCHAR(60)  NOT NULL,
    channel          VARCHAR(10)  NOT NULL,
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('granted', 'withdrawn')),
    given_at         TIMESTAMPTZ,
    method           VARCHAR(10),
    wording_version  INTEGER
);
CREATE INDEX pending_consent_dataset ON pending_consent (dataset_id);

-- Area statistics (by postcode, postcode sector, output area…): about places, not people.
CREATE TABLE area_value (
    dataset_id  BIGINT         NOT NULL,
    line_no     BIGINT         NOT NULL,
    area_kind   VARCHAR(20)    NOT NULL,
    area_code   VARCHAR(20)    NOT NULL,
    field       VARCHAR(100)   NOT NULL,
    value       VARCHAR(4000)
);
CREATE INDEX area_value_code ON area_value (area_code);
