-- A link may be 'superseded' (docs/adr/0134-one-row-one-decision.md): a review pair of a dataset's
-- pending row that another decision closed. Accepting a pair for the row closes every other open
-- pair for it (any run, any candidate), because the row now belongs to one person; rejecting closes
-- the open pairs of the same row with the same pair_key; rows the linker attaches close theirs too.
-- Superseded pairs leave the review queue; they stay here, with who closed them and when.
--
-- V30 lists the statuses in an inline CHECK. DuckDB cannot drop or add a CHECK on an existing table
-- (STORES.md), so the table is rebuilt under the same name with the same columns, in the same order,
-- and its indexes made again. Portable SQL only. Ids keep their values; link_seq goes on as before.
CREATE TABLE link_v53 (
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
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('linked', 'review', 'accepted', 'rejected', 'superseded')),
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMPTZ
);

INSERT INTO link_v53 (id, run_id, dataset_id, row_key, person_id, elector_id, probability, weight, explanation, pair_key, status,
                      decided_by, decided_at)
SELECT id, run_id, dataset_id, row_key, person_id, elector_id, probability, weight, explanation, pair_key, status, decided_by, decided_at
  FROM link;

DROP TABLE link;
ALTER TABLE link_v53 RENAME TO link;

CREATE INDEX link_run_id ON link (run_id);
CREATE INDEX link_person ON link (person_id);
CREATE INDEX link_status ON link (status);
