-- The ledger: an append-only, hash-chained record of every import, gated read, export, rights
-- action and configuration change (see org.hustings.ledger.package-info for the canonical form
-- each hash covers). Portable SQL only (STORES.md). Holds internal ids, counts, field names and
-- hashes — never a personal value — so that erasure never has to touch it.

-- One row per entry. seq runs 1, 2, 3… without gaps: it is taken from ledger_head, not from a
-- sequence, so a rolled-back append leaves no hole and a missing number means a deleted entry.
CREATE TABLE ledger_entry (
    seq             BIGINT       PRIMARY KEY,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    action          VARCHAR(100) NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    -- the canonical JSON exactly as hashed (VARCHAR, not JSON, so no engine reformats it)
    details         VARCHAR      NOT NULL,
    person_count    BIGINT       NOT NULL,
    persons_sha256  VARCHAR(64)  NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);

-- Which people an entry reached: one row per (entry, person), so a batch is one entry yet
-- "what reached person P" stays answerable (UK GDPR Art 15 subject access). The entry's hash
-- covers a digest of its sorted person ids, so a changed, removed or added row is detected.
CREATE TABLE ledger_person (
    seq        BIGINT NOT NULL,
    person_id  BIGINT NOT NULL
);
CREATE INDEX ledger_person_person ON ledger_person (person_id);
CREATE INDEX ledger_person_seq ON ledger_person (seq);

-- The head of the chain: exactly one row. Every append updates it in the same transaction,
-- which serialises appenders portably (PostgreSQL's row lock makes a second appender wait;
-- DuckDB's writes are serialised by the store) and records the last seq and hash, so a
-- deleted last entry is detected too.
CREATE TABLE ledger_head (
    id    INTEGER     PRIMARY KEY CHECK (id = 1),
    seq   BIGINT      NOT NULL,
    hash  VARCHAR(64) NOT NULL
);
INSERT INTO ledger_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
