-- Provenance: who supplies each source, on what footing, with what wording, and what each
-- dataset field holds. Portable SQL only (STORES.md). The V1 `source` table is extended by a
-- one-to-one `source_provenance` row (DuckDB cannot ALTER a table other tables reference).

CREATE SEQUENCE supplier_seq START 1;

-- The organisation behind a source, and the due diligence done on it (UK GDPR Arts 5(2), 28(1)).
CREATE TABLE supplier (
    id                      BIGINT DEFAULT nextval('supplier_seq') PRIMARY KEY,
    code                    VARCHAR(100)  NOT NULL UNIQUE,
    organisation            VARCHAR(200)  NOT NULL,
    role                    VARCHAR(20)   NOT NULL CHECK (role IN ('controller', 'processor', 'broker', 'public_body')),
    due_diligence           VARCHAR(20)   NOT NULL CHECK (due_diligence IN ('not_started', 'in_progress', 'passed', 'failed')),
    due_diligence_evidence  VARCHAR(4000),
    checked_at              TIMESTAMPTZ,
    checked_by              VARCHAR(100),
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT current_timestamp
);

-- The rest of a source's legal footing. A source without this row has no provenance and
-- nothing may be stored from it or read from it.
CREATE TABLE source_provenance (
    source_id           BIGINT        PRIMARY KEY REFERENCES source (id),
    supplier_id         BIGINT        NOT NULL REFERENCES supplier (id),
    statute             VARCHAR(20)   CHECK (statute IN ('register', 'marked_register', 'absent_voters')),
    collection_method   VARCHAR(400)  NOT NULL,
    article9_condition  VARCHAR(40),
    retention           VARCHAR(400)  NOT NULL,
    retention_months    INTEGER,
    declared_by         VARCHAR(100)  NOT NULL,
    declared_at         TIMESTAMPTZ   NOT NULL DEFAULT current_timestamp
);

-- The privacy notice or consent wording shown at collection, versioned; old versions are kept
-- because a consent is only provable with the exact words the person saw.
CREATE TABLE source_wording (
    source_id       BIGINT         NOT NULL REFERENCES source (id),
    version         INTEGER        NOT NULL,
    kind            VARCHAR(20)    NOT NULL CHECK (kind IN ('notice', 'consent')),
    wording         VARCHAR(8000)  NOT NULL,
    effective_from  TIMESTAMPTZ    NOT NULL,
    recorded_by     VARCHAR(100)   NOT NULL,
    recorded_at     TIMESTAMPTZ    NOT NULL DEFAULT current_timestamp,
    PRIMARY KEY (source_id, version)
);

-- What each field of a dataset holds, from the taxonomy. release_block, when set, is the reason
-- the field may never be released (e.g. a special category with no Art 9 condition).
CREATE TABLE dataset_field (
    dataset_id        BIGINT        NOT NULL,
    field             VARCHAR(100)  NOT NULL,
    category          VARCHAR(100)  NOT NULL,
    special_category  BOOLEAN       NOT NULL,
    nature            VARCHAR(10)   NOT NULL CHECK (nature IN ('factual', 'estimated')),
    release_block     VARCHAR(400),
    PRIMARY KEY (dataset_id, field)
);
