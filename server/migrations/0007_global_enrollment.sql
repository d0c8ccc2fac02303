-- 7: the global indirect reseller journey: the tenant's country, the PMC and MPN steps, the
-- primary contact's e-mail verification (a new enrollment state before the review).

-- The country/region of the tenant "Create one" made (NULL: the cloud's default, or the
-- partner's organization profile).
ALTER TABLE work_accounts ADD COLUMN country TEXT;

-- The global journey's steps before submitting: Partner Membership Center sign-in, then the
-- organization (MPN ID) chosen from it.
CREATE TABLE enrollment_steps (
    partner_id          TEXT PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    pmc_user            TEXT NOT NULL,
    pmc_signed_in_at    INTEGER NOT NULL,
    mpn_id              TEXT,
    mpn_associated_at   INTEGER
) STRICT;

-- Links that verify the primary contact's e-mail address (global program). Only the token's
-- sha256 is kept; a link is used once, expires, and a newer link supersedes older ones.
CREATE TABLE email_verifications (
    id              TEXT PRIMARY KEY,
    partner_id      TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    email           TEXT NOT NULL,
    token_hash      BLOB NOT NULL UNIQUE,
    created_at      INTEGER NOT NULL,
    expires_at      INTEGER NOT NULL,
    used_at         INTEGER,
    superseded_at   INTEGER
) STRICT;
CREATE INDEX email_verifications_partner ON email_verifications (partner_id, created_at);

-- The enrollment states gain pending_email_verification (submitted, waiting for the primary
-- contact to verify the address; the review starts after it). SQLite cannot change a CHECK, so
-- the table is rebuilt (no table references it).
CREATE TABLE enrollments_new (
    id                  TEXT PRIMARY KEY,
    partner_id          TEXT NOT NULL UNIQUE REFERENCES partners (id) ON DELETE CASCADE,
    program             TEXT NOT NULL CHECK (program IN ('china_csp_reseller', 'indirect_reseller')),
    status              TEXT NOT NULL CHECK (status IN ('draft', 'pending_email_verification', 'pending_review',
                            'credit_check', 'approved', 'rejected', 'agreement_accepted', 'provisioning', 'active')),
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
INSERT INTO enrollments_new SELECT id, partner_id, program, status, version, draft, draft_version, mpn_id, submission,
    phone_challenge_id, rejection_reason, created_at, status_changed_at, submitted_at, decided_at, accepted_by_id,
    accepted_by_name, accepted_at FROM enrollments;
DROP TABLE enrollments;
ALTER TABLE enrollments_new RENAME TO enrollments;
CREATE INDEX enrollments_status ON enrollments (status, status_changed_at);
