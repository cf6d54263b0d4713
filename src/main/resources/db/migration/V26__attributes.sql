-- Values that are not on the register (canvass returns, broker attributes, sign-ups), one row
-- per person, dataset and field: a long table the gate filters with one join against the
-- (dataset, field) pairs a purpose may use. person_id is NULL until the row is linked.
CREATE TABLE attribute_value (
    dataset_id        BIGINT         NOT NULL,
    line_no           BIGINT         NOT NULL,
    field             VARCHAR(100)   NOT NULL,
    value             VARCHAR(4000),
    person_id         BIGINT,
    link_probability  DOUBLE PRECISION,
    linked_at         TIMESTAMPTZ
);
CREATE INDEX attribute_value_person ON attribute_value (person_id);

CREATE SEQUENCE person_flag_seq START 1;

-- Rights a person exercised that every use must honour: objection (Art 21), restriction
-- (Art 18), erasure (Art 17) and do-not-contact. A flag is live while lifted_at is NULL.
CREATE TABLE person_flag (
    id           BIGINT DEFAULT nextval('person_flag_seq') PRIMARY KEY,
    person_id    BIGINT        NOT NULL,
    flag         VARCHAR(30)   NOT NULL CHECK (flag IN ('objected_marketing', 'objected_profiling', 'restricted', 'erased', 'do_not_contact')),
    since        TIMESTAMPTZ   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    request_ref  VARCHAR(100),
    set_by       VARCHAR(100)  NOT NULL,
    lifted_at    TIMESTAMPTZ,
    lifted_by    VARCHAR(100)
);
CREATE INDEX person_flag_person ON person_flag (person_id);
