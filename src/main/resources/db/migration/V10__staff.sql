-- Staff: the people who log in to Hustings, their sessions, and the login throttle.
-- Portable SQL only (STORES.md). Times are written by the application (one clock, testable).

CREATE SEQUENCE staff_user_seq START 1;

-- A member of staff or a volunteer with a login. The password is kept only as a bcrypt hash.
CREATE TABLE staff_user (
    id             BIGINT DEFAULT nextval('staff_user_seq') PRIMARY KEY,
    username       VARCHAR(100) NOT NULL UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    role           VARCHAR(20)  NOT NULL CHECK (role IN ('DPO', 'DATA_MANAGER', 'ORGANISER', 'CANVASSER', 'AUDITOR')),
    password_hash  VARCHAR(100) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL
);

-- A logged-in session, kept server-side. Only the SHA-256 of the cookie token is stored, so a
-- copy of the store does not let anyone take over a session.
CREATE TABLE staff_session (
    token_hash    VARCHAR(64)  PRIMARY KEY,
    user_id       BIGINT       NOT NULL,
    csrf_token    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    last_seen_at  TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX staff_session_user ON staff_session (user_id);

-- Failed logins per username (known or not, so the lock-out does not reveal which usernames exist).
CREATE TABLE login_throttle (
    username      VARCHAR(100) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMPTZ  NOT NULL,
    locked_until  TIMESTAMPTZ
);
