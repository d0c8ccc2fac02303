-- 1: partners, their users, sessions, stored answers for MS-RequestId replays.
CREATE TABLE partners (
    id            TEXT PRIMARY KEY,
    company_name  TEXT NOT NULL,
    cloud         TEXT NOT NULL CHECK (cloud IN ('china', 'global')),
    created_at    INTEGER NOT NULL
) STRICT;

CREATE TABLE users (
    id                   TEXT PRIMARY KEY,
    partner_id           TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    user_principal_name  TEXT NOT NULL,
    -- lower-cased user principal name: sign-in names are case-insensitive
    user_name_key        TEXT NOT NULL UNIQUE,
    display_name         TEXT NOT NULL,
    password_hash        TEXT NOT NULL,
    -- a user holds at most one admin role and one agent role
    admin_role  TEXT CHECK (admin_role IN ('global_admin', 'billing_admin', 'user_management_admin')),
    agent_role  TEXT CHECK (agent_role IN ('admin_agent', 'sales_agent', 'helpdesk_agent')),
    created_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX users_partner ON users (partner_id);

CREATE TABLE sessions (
    id          TEXT PRIMARY KEY,
    -- sha256 of the cookie value: a copy of the database does not sign anybody in
    token_hash  BLOB NOT NULL UNIQUE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL,
    last_seen   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE idempotent_requests (
    request_id    TEXT NOT NULL,
    scope         TEXT NOT NULL,
    request_hash  BLOB NOT NULL,
    status        INTEGER NOT NULL,
    content_type  TEXT,
    location      TEXT,
    body          BLOB NOT NULL,
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (request_id, scope)
) STRICT;
CREATE INDEX idempotent_requests_created ON idempotent_requests (created_at);
