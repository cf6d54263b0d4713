-- Monthly notices of alteration are kept row by row: they are the ERO's record of each change.
CREATE TABLE notice_row (
    dataset_id        BIGINT       NOT NULL,
    line_no           BIGINT       NOT NULL,
    action            VARCHAR(10)  NOT NULL CHECK (action IN ('create', 'amend', 'delete')),
    month             VARCHAR(20),
    polling_district  VARCHAR(20)  NOT NULL,
    elector_number    VARCHAR(40)  NOT NULL,
    eno_prefix        VARCHAR(20)  NOT NULL,
    eno_number        INTEGER      NOT NULL,
    eno_suffix        INTEGER      NOT NULL,
    markers           VARCHAR(20),
    anonymous         BOOLEAN      NOT NULL,
    opted_out         BOOLEAN      NOT NULL,
    other_elector     BOOLEAN      NOT NULL,
    attainer_date     DATE,
    birth_date        DATE,
    title             VARCHAR(40),
    forenames         VARCHAR(200),
    initials          VARCHAR(20),
    surname           VARCHAR(200),
    name_suffix       VARCHAR(40),
    address1          VARCHAR(200),
    address2          VARCHAR(200),
    address3          VARCHAR(200),
    address4          VARCHAR(200),
    address5          VARCHAR(200),
    address6          VARCHAR(200),
    address7          VARCHAR(200),
    address8          VARCHAR(200),
    address9          VARCHAR(200),
    postcode          VARCHAR(10),
    uprn              VARCHAR(20),
    match_key         VARCHAR(800)
);
CREATE INDEX notice_row_dataset ON notice_row (dataset_id);

-- Rows of a marked register or absent-voter list on their way in: loaded in bulk, matched to the
-- edition's electors set-based, then removed in the same transaction.
CREATE TABLE stage_participation (
    dataset_id      BIGINT      NOT NULL,
    line_no         BIGINT      NOT NULL,
    elector_number  VARCHAR(40) NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    returned        BOOLEAN,
    proxy_name      VARCHAR(200)
);
