-- The register of processing activities (UK GDPR Art 30): every use of personal data names one.
CREATE TABLE processing_activity (
    code              VARCHAR(60)    PRIMARY KEY,
    name              VARCHAR(200)   NOT NULL,
    description       VARCHAR(2000)  NOT NULL,
    use_class         VARCHAR(20)    NOT NULL CHECK (use_class IN ('electoral', 'donation_check', 'research', 'membership', 'casework', 'other')),
    article6_basis    VARCHAR(40)    NOT NULL,
    article9_condition VARCHAR(40),
    channel           VARCHAR(10)    NOT NULL CHECK (channel IN ('door', 'phone', 'post', 'email', 'sms', 'social', 'none')),
    direct_marketing  BOOLEAN        NOT NULL,
    profiling         BOOLEAN        NOT NULL,
    retention         VARCHAR(400)   NOT NULL,
    dpia_required     BOOLEAN        NOT NULL,
    updated_by        VARCHAR(100)   NOT NULL,
    updated_at        TIMESTAMPTZ    NOT NULL DEFAULT current_timestamp
);

CREATE TABLE activity_category (
    activity_code  VARCHAR(60)   NOT NULL REFERENCES processing_activity (code),
    category       VARCHAR(100)  NOT NULL,
    PRIMARY KEY (activity_code, category)
);

CREATE TABLE activity_recipient (
    activity_code  VARCHAR(60)   NOT NULL REFERENCES processing_activity (code),
    recipient      VARCHAR(200)  NOT NULL,
    PRIMARY KEY (activity_code, recipient)
);

CREATE SEQUENCE dpia_seq START 1;

-- Data protection impact assessments (Art 35). An activity that needs one is refused until
-- its latest assessment is approved.
CREATE TABLE dpia (
    id             BIGINT DEFAULT nextval('dpia_seq') PRIMARY KEY,
    activity_code  VARCHAR(60)    NOT NULL REFERENCES processing_activity (code),
    status         VARCHAR(20)    NOT NULL CHECK (status IN ('draft', 'approved', 'rejected')),
    summary        VARCHAR(4000)  NOT NULL,
    drafted_by     VARCHAR(100)   NOT NULL,
    drafted_at     TIMESTAMPTZ    NOT NULL DEFAULT current_timestamp,
    decided_by     VARCHAR(100),
    decided_at     TIMESTAMPTZ
);
