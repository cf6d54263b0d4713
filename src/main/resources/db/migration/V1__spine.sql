-- The register spine. Portable SQL only (STORES.md): sequences, no CASCADE, no partial indexes,
-- no JSONB. Foreign keys only between small configuration tables; bulk tables are kept
-- consistent by the importer inside one transaction.

CREATE SEQUENCE source_seq START 1;
CREATE SEQUENCE dataset_seq START 1;
CREATE SEQUENCE edition_seq START 1;
CREATE SEQUENCE person_seq START 1;
CREATE SEQUENCE elector_seq START 1;
CREATE SEQUENCE election_seq START 1;

-- A local authority whose Electoral Registration Officer supplies a register (GSS code).
CREATE TABLE local_authority (
    code  VARCHAR(16) PRIMARY KEY,
    name  VARCHAR(200) NOT NULL
);

-- Where data comes from, and on what legal footing it may be used.
CREATE TABLE source (
    id               BIGINT DEFAULT nextval('source_seq') PRIMARY KEY,
    code             VARCHAR(100) NOT NULL UNIQUE,
    kind             VARCHAR(40)  NOT NULL CHECK (kind IN ('statutory_register', 'direct', 'membership', 'public_open', 'commercial', 'derived')),
    name             VARCHAR(200) NOT NULL,
    supplier         VARCHAR(200) NOT NULL,
    article6_basis   VARCHAR(40)  NOT NULL,
    legal_reference  VARCHAR(2000) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT current_timestamp
);

-- The purposes (processing activities) a source permits.
CREATE TABLE source_purpose (
    source_id  BIGINT      NOT NULL REFERENCES source (id),
    purpose    VARCHAR(60) NOT NULL,
    PRIMARY KEY (source_id, purpose)
);

-- One delivery of one source: one file, loaded whole or refused whole.
CREATE TABLE dataset (
    id             BIGINT DEFAULT nextval('dataset_seq') PRIMARY KEY,
    source_id      BIGINT        NOT NULL,
    kind           VARCHAR(40)   NOT NULL,
    layout         VARCHAR(40),
    file_name      VARCHAR(1000) NOT NULL,
    file_sha256    VARCHAR(64)   NOT NULL,
    encoding       VARCHAR(20),
    status         VARCHAR(20)   NOT NULL CHECK (status IN ('loaded', 'refused')),
    rows_read      BIGINT        NOT NULL DEFAULT 0,
    rows_loaded    BIGINT        NOT NULL DEFAULT 0,
    rows_rejected  BIGINT        NOT NULL DEFAULT 0,
    rows_warned    BIGINT        NOT NULL DEFAULT 0,
    la_code        VARCHAR(16),
    edition_id     BIGINT,
    election_id    BIGINT,
    loaded_by      VARCHAR(100)  NOT NULL,
    loaded_at      TIMESTAMPTZ   NOT NULL DEFAULT current_timestamp,
    message        VARCHAR(2000)
);
CREATE INDEX dataset_sha ON dataset (file_sha256);

-- The quarantine: each rejected row (and each warning) with file, line, field and reason.
CREATE TABLE problem (
    dataset_id  BIGINT        NOT NULL,
    severity    VARCHAR(10)   NOT NULL CHECK (severity IN ('rejected', 'warning')),
    file_name   VARCHAR(1000) NOT NULL,
    line_no     BIGINT        NOT NULL,
    field       VARCHAR(100),
    code        VARCHAR(60)   NOT NULL,
    message     VARCHAR(1000) NOT NULL,
    value       VARCHAR(400)
);
CREATE INDEX problem_dataset ON problem (dataset_id);

-- One edition of one authority's register. Superseded editions are kept until retention ends.
CREATE TABLE register_edition (
    id                   BIGINT DEFAULT nextval('edition_seq') PRIMARY KEY,
    la_code              VARCHAR(16) NOT NULL,
    published_on         DATE        NOT NULL,
    dataset_id           BIGINT      NOT NULL,
    previous_edition_id  BIGINT,
    status               VARCHAR(20) NOT NULL CHECK (status IN ('current', 'superseded')),
    carried              BIGINT      NOT NULL DEFAULT 0,
    not_carried          BIGINT      NOT NULL DEFAULT 0,
    new_people           BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (la_code, published_on)
);

-- A person: the stable identity that survives re-numbering. Everything personal hangs off this id.
CREATE TABLE person (
    id                BIGINT      PRIMARY KEY,
    first_dataset_id  BIGINT      NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
);

-- One register entry in one edition.
CREATE TABLE elector (
    id                  BIGINT       PRIMARY KEY,
    edition_id          BIGINT       NOT NULL,
    person_id           BIGINT       NOT NULL,
    polling_district    VARCHAR(20)  NOT NULL,
    elector_number      VARCHAR(40)  NOT NULL,
    eno_prefix          VARCHAR(20)  NOT NULL,
    eno_number          INTEGER      NOT NULL,
    eno_suffix          INTEGER      NOT NULL,
    markers             VARCHAR(20),
    anonymous           BOOLEAN      NOT NULL,
    opted_out           BOOLEAN      NOT NULL,
    other_elector       BOOLEAN      NOT NULL,
    attainer_date       DATE,
    birth_date          DATE,
    title               VARCHAR(40),
    forenames           VARCHAR(200),
    initials            VARCHAR(20),
    surname             VARCHAR(200),
    name_suffix         VARCHAR(40),
    address1            VARCHAR(200),
    address2            VARCHAR(200),
    address3            VARCHAR(200),
    address4            VARCHAR(200),
    address5            VARCHAR(200),
    address6            VARCHAR(200),
    address7            VARCHAR(200),
    address8            VARCHAR(200),
    address9            VARCHAR(200),
    postcode            VARCHAR(10),
    uprn                VARCHAR(20),
    match_key           VARCHAR(800),
    line_no             BIGINT       NOT NULL,
    dataset_id          BIGINT       NOT NULL,
    changed_dataset_id  BIGINT,
    deleted_dataset_id  BIGINT
);
CREATE INDEX elector_person ON elector (person_id);

-- Each change a notice of alteration made to an entry.
CREATE TABLE elector_change (
    dataset_id   BIGINT      NOT NULL,
    elector_id   BIGINT      NOT NULL,
    action       VARCHAR(10) NOT NULL CHECK (action IN ('create', 'amend', 'delete')),
    month        VARCHAR(20),
    line_no      BIGINT      NOT NULL
);

-- Entries a rollover could not carry: 'left' were in the old edition and not found in the new;
-- 'new' are in the new edition with no predecessor.
CREATE TABLE rollover_gap (
    edition_id  BIGINT      NOT NULL,
    elector_id  BIGINT      NOT NULL,
    side        VARCHAR(10) NOT NULL CHECK (side IN ('left', 'new')),
    reason      VARCHAR(40) NOT NULL
);

CREATE TABLE election (
    id          BIGINT DEFAULT nextval('election_seq') PRIMARY KEY,
    la_code     VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    held_on     DATE         NOT NULL,
    edition_id  BIGINT       NOT NULL,
    UNIQUE (la_code, name, held_on)
);

-- The marked register: who was issued a ballot paper at an election (RPR 2001 reg 117).
CREATE TABLE election_mark (
    election_id     BIGINT      NOT NULL,
    elector_id      BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    elector_number  VARCHAR(40) NOT NULL,
    mark            VARCHAR(20) NOT NULL CHECK (mark IN ('in_person', 'postal', 'not_voted')),
    dataset_id      BIGINT      NOT NULL,
    line_no         BIGINT      NOT NULL
);
CREATE INDEX election_mark_person ON election_mark (person_id);

-- Absent voters: postal, proxy and postal-proxy voters, and whether a postal ballot came back.
CREATE TABLE absent_voter (
    edition_id      BIGINT      NOT NULL,
    election_id     BIGINT,
    elector_id      BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    elector_number  VARCHAR(40) NOT NULL,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('postal', 'proxy', 'postal_proxy')),
    returned        BOOLEAN,
    proxy_name      VARCHAR(200),
    dataset_id      BIGINT      NOT NULL,
    line_no         BIGINT      NOT NULL
);
CREATE INDEX absent_voter_person ON absent_voter (person_id);
