-- The sign-off of a data protection impact assessment (UK GDPR Art 35): who signed it off, on
-- which day, and the reference of the assessment document, so that an approval can be traced to
-- the paper behind it. decided_by / decided_at (V27) stay: who recorded the decision in Hustings,
-- and when. Portable SQL only (STORES.md): a table of its own rather than ALTER TABLE, one row
-- per decided DPIA; no foreign key, so that a DPIA row can be removed without ordering (the
-- facade writes both in one transaction).
CREATE TABLE dpia_sign_off (
    dpia_id        BIGINT        PRIMARY KEY,
    signed_off_by  VARCHAR(200)  NOT NULL,
    signed_off_on  DATE          NOT NULL,
    reference      VARCHAR(200)  NOT NULL
);
