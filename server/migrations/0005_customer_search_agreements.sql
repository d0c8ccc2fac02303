-- 5: the customer list's one-box search (company name or domain) and its match count, and the
-- customers' acceptance of the Microsoft Cloud Agreement (global).

-- Covers the domain half of the CompanyNameOrDomain search and every domain COUNT: a domain
-- prefix range yields (company_name_key, id) without touching the table, so the top of the page
-- is sorted from the index alone. It replaces (partner_id, domain_key), its prefix.
CREATE INDEX customers_partner_domain_name ON customers (partner_id, domain_key, company_name_key, id);
DROP INDEX customers_partner_domain;

-- A customer's acceptance of an agreement (only the Microsoft Cloud Agreement here), as the
-- partner records it: who accepted, when (a calendar date), which template.
CREATE TABLE customer_agreements (
    id              TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    agreement_type  TEXT NOT NULL CHECK (agreement_type IN ('MicrosoftCloudAgreement')),
    template_id     TEXT NOT NULL,
    -- YYYY-MM-DD
    date_agreed     TEXT NOT NULL,
    first_name      TEXT NOT NULL,
    last_name       TEXT NOT NULL,
    email           TEXT NOT NULL,
    phone_number    TEXT,
    -- the partner user who recorded it
    user_id         TEXT NOT NULL,
    created_at      INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_agreements_customer ON customer_agreements (customer_id, created_at, id);
