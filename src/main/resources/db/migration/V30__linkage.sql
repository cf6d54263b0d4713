-- Probabilistic record linkage (issue 5). Portable SQL only (STORES.md): sequences, no CASCADE,
-- no partial indexes, JSON kept as VARCHAR text. Single-column indexes, as DuckDB uses only those.

CREATE SEQUENCE link_run_seq START 1;
CREATE SEQUENCE link_seq START 1;

-- One linkage run: a list linked to the spine with one model. The model's JSON is kept whole and
-- hashed, so the ledger can name the exact model that made each link.
CREATE TABLE link_run (
    id                BIGINT DEFAULT nextval('link_run_seq') PRIMARY KEY,
    list_name         VARCHAR(1000) NOT NULL,
    dataset_id        BIGINT,
    model_sha256      VARCHAR(64)   NOT NULL,
    model_json        VARCHAR       NOT NULL,
    link_threshold    DOUBLE PRECISION NOT NULL,
    review_threshold  DOUBLE PRECISION NOT NULL,
    list_rows         BIGINT        NOT NULL,
    spine_rows        BIGINT        NOT NULL,
    candidate_pairs   BIGINT        NOT NULL,
    linked            BIGINT        NOT NULL,
    for_review        BIGINT        NOT NULL,
    decisions_reused  BIGINT        NOT NULL,
    run_by            VARCHAR(100)  NOT NULL,
    run_at            TIMESTAMPTZ   NOT NULL DEFAULT current_timestamp
);

-- A list row's link to a person on the spine, with its probability, weight and the explanation
-- per field (JSON: both records' values, the prior and each field's part). Status: 'linked' above
-- the link threshold; 'review' in the clerical band; 'accepted' or 'rejected' once a person decided.
CREATE TABLE link (
    id           BIGINT DEFAULT nextval('link_seq') PRIMARY KEY,
    run_id       BIGINT        NOT NULL,
    dataset_id   BIGINT,
    row_key      VARCHAR(200)  NOT NULL,
    person_id    BIGINT        NOT NULL,
    elector_id   BIGINT        NOT NULL,
    probability  DOUBLE PRECISION NOT NULL,
    weight       DOUBLE PRECISION NOT NULL,
    explanation  VARCHAR       NOT NULL,
    pair_key     VARCHAR(64)   NOT NULL,
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('linked', 'review', 'accepted', 'rejected')),
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMPTZ
);
CREATE INDEX link_run_id ON link (run_id);
CREATE INDEX link_person ON link (person_id);
CREATE INDEX link_status ON link (status);

-- Reviewers' decisions, keyed by the pair's content (the list row's values and the elector's), so
-- that a later run meeting the same pair reuses the decision instead of asking again.
CREATE TABLE link_decision (
    pair_key     VARCHAR(64)   PRIMARY KEY,
    decision     VARCHAR(10)   NOT NULL CHECK (decision IN ('accept', 'reject')),
    link_id      BIGINT        NOT NULL,
    person_id    BIGINT        NOT NULL,
    decided_by   VARCHAR(100)  NOT NULL,
    decided_at   TIMESTAMPTZ   NOT NULL DEFAULT current_timestamp
);
