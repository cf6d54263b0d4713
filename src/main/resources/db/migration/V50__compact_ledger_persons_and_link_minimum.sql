-- Later provenance/gate changes (V50-59). Portable SQL only (STORES.md).

-- A large person list of a ledger entry (a gated read over a constituency, an import) as runs of
-- consecutive ids instead of one row per person: a read over 1,000,000 people that released
-- everyone is 16 rows, not 1,000,000 (docs/adr/0200-gate-overhead-and-compact-ledger-persons.md).
-- A run never crosses a multiple of 65,536, and bucket = first_id / 65,536 (rounded down), so
-- "what reached person P" stays one indexed equality lookup (bucket = P / 65,536) for subject
-- access (UK GDPR Art 15). The entry's hash still covers the digest of its sorted person ids, so a
-- changed, removed or added run is detected exactly as a changed ledger_person row is.
CREATE TABLE ledger_person_range (
    seq       BIGINT NOT NULL,
    bucket    BIGINT NOT NULL,
    first_id  BIGINT NOT NULL,
    last_id   BIGINT NOT NULL
);
CREATE INDEX ledger_person_range_bucket ON ledger_person_range (bucket);
CREATE INDEX ledger_person_range_seq ON ledger_person_range (seq);

-- The lowest link probability at which a value attached to a person by a probabilistic link may
-- be used for this purpose (UK GDPR Art 5(1)(d), accuracy). NULL: no minimum beyond the link
-- threshold used at import. Checked in Java (0 < minimum <= 1): DuckDB cannot add a CHECK later.
ALTER TABLE processing_activity ADD COLUMN min_link_probability DOUBLE PRECISION;

-- Activities seeded from the defaults before this migration get the minimum the defaults now give
-- the contact activities (purposes/default-activities.v1.json): a wrong link there sends a message
-- to, or about, the wrong person. (ADR 0201.)
UPDATE processing_activity SET min_link_probability = 0.95
 WHERE code IN ('phone_canvassing', 'direct_mail', 'email', 'sms', 'social_media_audiences');
