-- 2: partner profiles (legal business, billing, organization, support, MPN), user management.

-- What this area adds to partners and users lives in side tables (one row each, created when
-- needed), so the core tables keep their columns (positional INSERTs elsewhere stay valid).
-- The partner's Microsoft Entra domain (new users' sign-in names must be in it) and its MPN ID.
CREATE TABLE partner_details (
    partner_id  TEXT PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    domain      TEXT CHECK (domain IS NULL OR length(domain) BETWEEN 3 AND 253),
    mpn_id      TEXT CHECK (mpn_id IS NULL OR (mpn_id GLOB '[0-9]*' AND length(mpn_id) BETWEEN 1 AND 10))
) STRICT;

-- Users become updatable resources (ETag from id + version; no row = version 1) and keep their
-- given names.
CREATE TABLE user_details (
    user_id     TEXT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 1,
    first_name  TEXT,
    last_name   TEXT
) STRICT;
CREATE INDEX users_partner_name ON users (partner_id, display_name, id);
CREATE INDEX users_partner_admin_role ON users (partner_id, admin_role);

-- One row per partner and profile; `body` is the profile's JSON (camelCase, as on the wire,
-- without profileType and attributes). Rows are created by the demo seed or on first read.
CREATE TABLE partner_profiles (
    partner_id    TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    profile_type  TEXT NOT NULL CHECK (profile_type IN ('legal_business_profile', 'billing_profile', 'organization_profile', 'support_profile')),
    body          TEXT NOT NULL CHECK (json_valid(body)),
    version       INTEGER NOT NULL DEFAULT 1,
    updated_at    INTEGER NOT NULL,
    PRIMARY KEY (partner_id, profile_type)
) STRICT;

-- The Microsoft Partner Network registry the MPN ID lookup answers from (reference data).
CREATE TABLE mpn_registry (
    mpn_id        TEXT PRIMARY KEY CHECK (mpn_id GLOB '[0-9]*' AND length(mpn_id) BETWEEN 1 AND 10),
    partner_name  TEXT NOT NULL,
    country       TEXT NOT NULL CHECK (length(country) = 2)
) STRICT;

INSERT INTO mpn_registry (mpn_id, partner_name, country) VALUES
    ('4390934', 'Contoso Cloud Solutions Ltd.', 'US'),
    ('5163247', '上海法布里坎信息技术有限公司', 'CN'),
    ('4801362', 'Fabrikam, Inc.', 'US'),
    ('6129485', '北京蓝云恒通科技有限公司', 'CN'),
    ('6237710', '深圳华信云端网络科技有限公司', 'CN'),
    ('5874023', '杭州数智远景信息技术有限公司', 'CN'),
    ('4729316', 'Wingtip Toys Cloud Services', 'US'),
    ('5502187', 'Solutions Numériques Lumière SAS', 'FR'),
    ('6018342', '서울클라우드파트너스 주식회사', 'KR'),
    ('4955671', 'Northwind Traders IT', 'CA');
