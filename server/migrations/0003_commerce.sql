-- 3: offers, price list, pinned offers, customers, their profiles, subscriptions, customer users.

-- The legacy offer catalog of each cloud (offers are the same for every partner of a cloud).
CREATE TABLE offer_categories (
    cloud  TEXT NOT NULL CHECK (cloud IN ('china', 'global')),
    id     TEXT NOT NULL,
    name   TEXT NOT NULL,
    rank   INTEGER NOT NULL,
    PRIMARY KEY (cloud, id)
) STRICT;

CREATE TABLE offers (
    cloud                      TEXT NOT NULL CHECK (cloud IN ('china', 'global')),
    id                         TEXT NOT NULL,
    name                       TEXT NOT NULL,
    description                TEXT NOT NULL,
    category_id                TEXT NOT NULL,
    minimum_quantity           INTEGER NOT NULL,
    maximum_quantity           INTEGER NOT NULL,
    rank                       INTEGER NOT NULL,
    limit_unit_of_measure      TEXT NOT NULL,
    limit_value                INTEGER NOT NULL,
    -- JSON array of offer ids
    prerequisite_offers        TEXT NOT NULL DEFAULT '[]',
    is_add_on                  INTEGER NOT NULL DEFAULT 0,
    is_available_for_purchase  INTEGER NOT NULL DEFAULT 1,
    billing                    TEXT NOT NULL CHECK (billing IN ('license', 'usage')),
    is_trial                   INTEGER NOT NULL DEFAULT 0,
    sales_group_id             TEXT,
    unit_price                 TEXT NOT NULL,
    currency                   TEXT NOT NULL,
    unit_type                  TEXT NOT NULL,
    PRIMARY KEY (cloud, id),
    FOREIGN KEY (cloud, category_id) REFERENCES offer_categories (cloud, id)
) STRICT;
CREATE INDEX offers_rank ON offers (cloud, rank, id);

CREATE TABLE price_list (
    cloud                   TEXT NOT NULL CHECK (cloud IN ('china', 'global')),
    row_id                  INTEGER NOT NULL,
    offer_id                TEXT NOT NULL,
    offer_name              TEXT NOT NULL,
    change_code             TEXT NOT NULL CHECK (change_code IN ('add', 'chg', 'del', 'unc')),
    -- YYYY-MM-DD
    valid_from              TEXT NOT NULL,
    valid_to                TEXT,
    license_agreement_type  TEXT NOT NULL,
    purchase_unit           TEXT NOT NULL,
    secondary_license_type  TEXT NOT NULL,
    end_customer_type       TEXT NOT NULL,
    list_price              TEXT NOT NULL,
    erp_price               TEXT NOT NULL,
    currency                TEXT NOT NULL,
    PRIMARY KEY (cloud, row_id)
) STRICT;
CREATE INDEX price_list_valid ON price_list (cloud, valid_from);

-- A partner's pinned offers (at most five): the list has one version for If-Match.
CREATE TABLE pinned_offer_lists (
    partner_id  TEXT PRIMARY KEY REFERENCES partners (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE pinned_offers (
    partner_id  TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    offer_id    TEXT NOT NULL,
    PRIMARY KEY (partner_id, position)
) STRICT;

CREATE TABLE customers (
    id                      TEXT PRIMARY KEY,
    partner_id              TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    commerce_id             TEXT NOT NULL,
    domain                  TEXT NOT NULL,
    -- lower-cased domain: tenant domains are unique across all partners
    domain_key              TEXT NOT NULL UNIQUE,
    company_name            TEXT NOT NULL,
    -- lower-cased company name: the list's sort and starts_with filter
    company_name_key        TEXT NOT NULL,
    relationship            TEXT NOT NULL CHECK (relationship IN ('reseller', 'advisor', 'none')),
    allow_delegated_access  INTEGER NOT NULL DEFAULT 1,
    associated_partner_id   TEXT,
    associated_partner_key  TEXT,
    billing_first_name      TEXT NOT NULL,
    billing_last_name       TEXT NOT NULL,
    email                   TEXT NOT NULL,
    culture                 TEXT NOT NULL,
    language                TEXT NOT NULL,
    billing_company_name    TEXT NOT NULL,
    -- JSON Address
    default_address         TEXT NOT NULL,
    version                 INTEGER NOT NULL DEFAULT 1,
    created_at              INTEGER NOT NULL
) STRICT;
CREATE INDEX customers_partner_name ON customers (partner_id, company_name_key, id);
CREATE INDEX customers_partner_domain ON customers (partner_id, domain_key);
CREATE INDEX customers_partner_reseller ON customers (partner_id, associated_partner_key);

CREATE TABLE subscriptions (
    id                    TEXT PRIMARY KEY,
    customer_id           TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    offer_id              TEXT NOT NULL,
    offer_name            TEXT NOT NULL,
    friendly_name         TEXT NOT NULL,
    quantity              INTEGER NOT NULL,
    unit_type             TEXT NOT NULL,
    creation_date         INTEGER NOT NULL,
    effective_start_date  INTEGER NOT NULL,
    commitment_end_date   INTEGER NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'deleted')),
    auto_renew_enabled    INTEGER NOT NULL DEFAULT 1,
    billing_type          TEXT NOT NULL CHECK (billing_type IN ('license', 'usage')),
    reseller_partner_id   TEXT,
    -- JSON array of strings
    suspension_reasons    TEXT NOT NULL DEFAULT '[]',
    version               INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX subscriptions_customer ON subscriptions (customer_id, creation_date, id);

CREATE TABLE customer_users (
    id                   TEXT PRIMARY KEY,
    customer_id          TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    user_principal_name  TEXT NOT NULL,
    upn_key              TEXT NOT NULL UNIQUE,
    first_name           TEXT NOT NULL,
    last_name            TEXT NOT NULL,
    display_name         TEXT NOT NULL,
    usage_location       TEXT NOT NULL,
    state                TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'inactive')),
    created_at           INTEGER NOT NULL
) STRICT;
CREATE INDEX customer_users_customer ON customer_users (customer_id, display_name, id);

CREATE TABLE customer_user_licenses (
    user_id  TEXT NOT NULL REFERENCES customer_users (id) ON DELETE CASCADE,
    sku_id   TEXT NOT NULL,
    PRIMARY KEY (user_id, sku_id)
) STRICT;
