-- 4: work accounts, password reset, telephone challenge, enrollment, agreements, indirect providers and invitations.

-- Program membership of a partner: 'none' for an organization created by "Create one" that has
-- not finished enrollment yet, 'active' once the program agreement is accepted and provisioned.
-- A partner without a row here is active (every partner that existed before this migration).
-- A table of its own rather than a column of partners: core code inserts partners positionally.
CREATE TABLE partner_programs (
    partner_id      TEXT PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    program_status  TEXT NOT NULL CHECK (program_status IN ('none', 'active'))
) STRICT;

-- The organization domain of a partner created with "Create one" (unique across partners).
CREATE TABLE work_accounts (
    partner_id  TEXT PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    domain      TEXT NOT NULL UNIQUE,
    user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  INTEGER NOT NULL
) STRICT;

-- Self-service password reset. user_id is NULL when the user name is unknown: the answer is the
-- same, no code can ever match.
CREATE TABLE password_resets (
    id          TEXT PRIMARY KEY,
    user_id     TEXT REFERENCES users (id) ON DELETE CASCADE,
    code_hash   BLOB NOT NULL,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    verified_at INTEGER,
    completed_at INTEGER
) STRICT;
CREATE INDEX password_resets_user ON password_resets (user_id);

CREATE TABLE phone_challenges (
    id                  TEXT PRIMARY KEY,
    partner_id          TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    user_id             TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    phone_number        TEXT NOT NULL,
    code_hash           BLOB NOT NULL,
    created_at          INTEGER NOT NULL,
    expires_at          INTEGER NOT NULL,
    resend_available_at INTEGER NOT NULL,
    attempts            INTEGER NOT NULL DEFAULT 0,
    verified_at         INTEGER
) STRICT;
CREATE INDEX phone_challenges_partner ON phone_challenges (partner_id);

-- MPN ids that enrollment accepts (besides the profiles area's mpn_registry, when present).
CREATE TABLE enrollment_mpn_ids (
    mpn_id        TEXT PRIMARY KEY,
    partner_name  TEXT NOT NULL,
    cloud         TEXT NOT NULL CHECK (cloud IN ('china', 'global'))
) STRICT;
INSERT INTO enrollment_mpn_ids (mpn_id, partner_name, cloud) VALUES
    ('6102345', '上海法布里坎信息技术有限公司', 'china'),
    ('6104478', '杭州云启网络科技有限公司', 'china'),
    ('6107712', '深圳蓝海数据服务有限公司', 'china'),
    ('6109021', '北京星辰云计算有限公司', 'china'),
    ('4567890', 'Fabrikam, Inc.', 'global'),
    ('4567891', 'Fabrikam France SAS', 'global'),
    ('4567892', 'Fabrikam Korea Ltd.', 'global'),
    ('5012733', 'Contoso Distribution Ltd.', 'global'),
    ('5019944', 'Lumière Informatique SARL', 'global'),
    ('5023310', 'Northwind Traders', 'global');

-- One enrollment per partner: the state machine
-- none -> draft -> pending_review -> credit_check (china) -> approved | rejected;
-- approved -> agreement_accepted -> provisioning -> active.
CREATE TABLE enrollments (
    id                  TEXT PRIMARY KEY,
    partner_id          TEXT NOT NULL UNIQUE REFERENCES partners (id) ON DELETE CASCADE,
    program             TEXT NOT NULL CHECK (program IN ('china_csp_reseller', 'indirect_reseller')),
    status              TEXT NOT NULL CHECK (status IN ('draft', 'pending_review', 'credit_check', 'approved',
                            'rejected', 'agreement_accepted', 'provisioning', 'active')),
    version             INTEGER NOT NULL DEFAULT 1,
    draft               TEXT,
    draft_version       INTEGER NOT NULL DEFAULT 0,
    mpn_id              TEXT,
    submission          TEXT,
    phone_challenge_id  TEXT,
    rejection_reason    TEXT,
    created_at          INTEGER NOT NULL,
    status_changed_at   INTEGER NOT NULL,
    submitted_at        INTEGER,
    decided_at          INTEGER,
    accepted_by_id      TEXT,
    accepted_by_name    TEXT,
    accepted_at         INTEGER
) STRICT;
CREATE INDEX enrollments_status ON enrollments (status, status_changed_at);

-- Indirect provider <-> indirect reseller. Each accepted partnership is two rows, one per side:
-- (provider, reseller, 'is_indirect_reseller_of') lists the provider's resellers and
-- (reseller, provider, 'is_indirect_cloud_solution_provider_of') the reseller's providers.
CREATE TABLE partner_relationships (
    id                  TEXT PRIMARY KEY,
    partner_id          TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    related_partner_id  TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    relationship_type   TEXT NOT NULL CHECK (relationship_type IN ('is_indirect_reseller_of',
                            'is_indirect_cloud_solution_provider_of')),
    state               TEXT NOT NULL CHECK (state IN ('accepted', 'terminated')),
    mpn_id              TEXT NOT NULL DEFAULT '',
    location            TEXT NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    UNIQUE (partner_id, related_partner_id, relationship_type)
) STRICT;

CREATE TABLE relationship_invitations (
    id                      TEXT PRIMARY KEY,
    provider_partner_id     TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    created_by              TEXT REFERENCES users (id) ON DELETE SET NULL,
    reseller_email          TEXT NOT NULL,
    message                 TEXT,
    link_token              TEXT NOT NULL UNIQUE,
    state                   TEXT NOT NULL CHECK (state IN ('pending', 'accepted')),
    created_at              INTEGER NOT NULL,
    accepted_by_partner_id  TEXT REFERENCES partners (id) ON DELETE SET NULL,
    accepted_at             INTEGER
) STRICT;
CREATE INDEX relationship_invitations_provider ON relationship_invitations (provider_partner_id, created_at);
