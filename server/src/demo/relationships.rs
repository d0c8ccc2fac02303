//! The indirect channel of the global cloud: "Contoso Distribution Ltd.", an indirect provider
//! with a global admin and pending invitations (plus an expired one and one Lumière accepted),
//! whose indirect reseller is the demo global partner (with four customers Contoso shares with
//! it), which in turn provides for "Lumière Informatique SARL".

use rusqlite::params;

use super::accounts::{GLOBAL_PARTNER, ensure_global_admin};

pub const CONTOSO_PARTNER_ID: &str = "4e0b7c19-3a6d-4f25-8b1e-9d2c6a7f0b35";
pub const CONTOSO_USER_ID: &str = "c1a9e5d3-7b2f-4a6c-9e8d-0f1b3c5a7e92";
pub const CONTOSO_ADMIN: &str = "provider@contoso-distribution.onmicrosoft.com";
pub const LUMIERE_PARTNER_ID: &str = "9b3e5f71-c2d4-4a86-b0e9-1f7a3c5d8e24";
/// A pending invitation older than its 30 days (answers 410 `invitation_expired`).
pub const EXPIRED_INVITATION_ID: &str = "a7d2e4f6-1b3c-4d5e-8f90-2a4b6c8d0e04";
pub const EXPIRED_INVITATION_TOKEN: &str = "demo-invite-expired-Z5r1";
/// An invitation Lumière accepted (to anyone else: 403 `invitation_for_another_partner`).
pub const USED_INVITATION_ID: &str = "a7d2e4f6-1b3c-4d5e-8f90-2a4b6c8d0e05";
pub const USED_INVITATION_TOKEN: &str = "demo-invite-lumiere-L7w3";
/// Contoso's customers created for Fabrikam (shared with Fabrikam).
pub const SHARED_CUSTOMERS: &[(&str, &str)] = &[
    ("Adatum Corporation", "adatumcontoso.onmicrosoft.com"),
    ("Alpine Ski House", "alpineskicontoso.onmicrosoft.com"),
    ("Coho Winery", "cohowinerycontoso.onmicrosoft.com"),
    ("Proseware, Inc.", "prosewarecontoso.onmicrosoft.com"),
];

/// Demo: "Contoso Distribution Ltd." (global), an indirect provider with a global admin, three
/// pending invitations, and Fabrikam, Inc. (the demo global partner) as its indirect reseller;
/// Fabrikam in turn provides for "Lumière Informatique SARL". Blocking (hashes a password).
pub fn seed(tx: &rusqlite::Transaction, now: i64) -> rusqlite::Result<()> {
    let fabrikam = GLOBAL_PARTNER;
    let day = 86_400;
    tx.execute(
        "INSERT OR IGNORE INTO partners (id, company_name, cloud, created_at) VALUES (?1, 'Contoso Distribution Ltd.', 'global', ?2)",
        params![CONTOSO_PARTNER_ID, now - 400 * day],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO partners (id, company_name, cloud, created_at) VALUES (?1, 'Lumière Informatique SARL', 'global', ?2)",
        params![LUMIERE_PARTNER_ID, now - 300 * day],
    )?;
    ensure_global_admin(tx, CONTOSO_USER_ID, CONTOSO_PARTNER_ID, CONTOSO_ADMIN, "Olivia Bennett", now - 400 * day)?;
    let rels: [(&str, &str, &str, &str, &str, &str); 4] = [
        (
            "f3a1c5e7-0b2d-4f68-9a1c-3e5b7d9f1a01",
            CONTOSO_PARTNER_ID,
            fabrikam,
            "is_indirect_reseller_of",
            "4567890",
            "US",
        ),
        (
            "f3a1c5e7-0b2d-4f68-9a1c-3e5b7d9f1a02",
            fabrikam,
            CONTOSO_PARTNER_ID,
            "is_indirect_cloud_solution_provider_of",
            "5012733",
            "GB",
        ),
        (
            "f3a1c5e7-0b2d-4f68-9a1c-3e5b7d9f1a03",
            fabrikam,
            LUMIERE_PARTNER_ID,
            "is_indirect_reseller_of",
            "5019944",
            "FR",
        ),
        (
            "f3a1c5e7-0b2d-4f68-9a1c-3e5b7d9f1a04",
            LUMIERE_PARTNER_ID,
            fabrikam,
            "is_indirect_cloud_solution_provider_of",
            "4567890",
            "US",
        ),
    ];
    for (i, (id, p, r, kind, mpn, loc)) in rels.iter().enumerate() {
        tx.execute(
            "INSERT OR IGNORE INTO partner_relationships (id, partner_id, related_partner_id, relationship_type, state, mpn_id, location, created_at)
             VALUES (?1, ?2, ?3, ?4, 'accepted', ?5, ?6, ?7)",
            params![id, p, r, kind, mpn, loc, now - (200 - i as i64 * 50) * day],
        )?;
    }
    let invitations = [
        (
            "a7d2e4f6-1b3c-4d5e-8f90-2a4b6c8d0e01",
            "it@northwind-traders.com",
            Some("We would be glad to supply your Microsoft cloud business."),
            "demo-invite-northwind-7Qm2",
        ),
        (
            "a7d2e4f6-1b3c-4d5e-8f90-2a4b6c8d0e02",
            "contact@atelier-numerique.fr",
            Some("Bonjour, nous serions ravis de travailler avec vous."),
            "demo-invite-atelier-K9x4",
        ),
        ("a7d2e4f6-1b3c-4d5e-8f90-2a4b6c8d0e03", "partner@hanbit-cloud.co.kr", None, "demo-invite-hanbit-P3v8"),
    ];
    for (i, (id, email, message, token)) in invitations.iter().enumerate() {
        tx.execute(
            "INSERT OR IGNORE INTO relationship_invitations (id, provider_partner_id, created_by, reseller_email, message, link_token, state, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)",
            params![id, CONTOSO_PARTNER_ID, CONTOSO_USER_ID, email, message, token, now - (10 - i as i64 * 3) * day],
        )?;
    }
    // An invitation past its 30 days, and one another organization (Lumière) accepted: the
    // tokens the app's error pages can be tried with.
    tx.execute(
        "INSERT OR IGNORE INTO relationship_invitations (id, provider_partner_id, created_by, reseller_email, message, link_token, state, created_at)
         VALUES (?1, ?2, ?3, 'it@tailspin-toys.com', NULL, ?4, 'pending', ?5)",
        params![EXPIRED_INVITATION_ID, CONTOSO_PARTNER_ID, CONTOSO_USER_ID, EXPIRED_INVITATION_TOKEN, now - 45 * day],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO relationship_invitations (id, provider_partner_id, created_by, reseller_email, message, link_token, state,
            created_at, accepted_by_partner_id, accepted_at)
         VALUES (?1, ?2, ?3, 'contact@lumiere-informatique.fr', NULL, ?4, 'accepted', ?5, ?6, ?7)",
        params![
            USED_INVITATION_ID,
            CONTOSO_PARTNER_ID,
            CONTOSO_USER_ID,
            USED_INVITATION_TOKEN,
            now - 20 * day,
            LUMIERE_PARTNER_ID,
            now - 18 * day
        ],
    )?;
    // Customers Contoso created for Fabrikam: what Fabrikam shares with its provider
    // (Indirect providers › View customers).
    for (i, (name, domain)) in SHARED_CUSTOMERS.iter().enumerate() {
        let id = format!("d5c0ffee-0000-4000-8000-{:012}", i + 1);
        let address = serde_json::json!({"country": "US", "city": "Seattle", "state": "WA",
            "addressLine1": format!("{} Pine Street", 100 + i), "postalCode": "98101",
            "firstName": "Jordan", "lastName": "Lee", "phoneNumber": "+1 206 555 0100"})
        .to_string();
        tx.execute(
            "INSERT OR IGNORE INTO customers (id, partner_id, commerce_id, domain, domain_key, company_name, company_name_key,
               relationship, allow_delegated_access, associated_partner_id, associated_partner_key, billing_first_name,
               billing_last_name, email, culture, language, billing_company_name, default_address, version, created_at)
             VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, 'reseller', 1, ?7, ?7, 'Jordan', 'Lee', ?8, 'en-US', 'en', ?5, ?9, 1, ?10)",
            params![
                id,
                CONTOSO_PARTNER_ID,
                format!("c0ffee00-0000-4000-8000-{:012}", i + 1),
                domain,
                name,
                name.to_lowercase(),
                fabrikam,
                format!("billing@{domain}"),
                address,
                now - (90 - i as i64) * day
            ],
        )?;
    }
    Ok(())
}
