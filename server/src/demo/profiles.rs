//! Complete, realistic profiles for the two demo partners (and their domains and MPN IDs).

use rusqlite::{Transaction, params};

use super::accounts::{CHINA_COMPANY, CHINA_DOMAIN, CHINA_PARTNER, GLOBAL_COMPANY, GLOBAL_DOMAIN, GLOBAL_PARTNER};
use crate::api::address::PartnerAddress as Address;
use crate::api::profiles::{
    BillingProfile, Contact, LegalBusinessProfile, OrganizationProfile, Profile, SupportProfile, VettingStatus,
    VettingSubStatus,
};

fn s(v: &str) -> String {
    v.to_string()
}

fn china_address() -> Address {
    Address {
        country: s("CN"),
        region: None,
        city: s("上海市"),
        state: Some(s("上海市")),
        address_line1: s("浦东新区世纪大道1198号"),
        address_line2: Some(s("世纪汇广场一座28楼")),
        postal_code: s("200122"),
        first_name: None,
        last_name: None,
        phone_number: Some(s("+86 21 6188 8888")),
    }
}

fn global_address() -> Address {
    Address {
        country: s("US"),
        region: None,
        city: s("Redmond"),
        state: Some(s("WA")),
        address_line1: s("15010 NE 36th Street"),
        address_line2: Some(s("Building 92")),
        postal_code: s("98052-6399"),
        first_name: None,
        last_name: None,
        phone_number: Some(s("+1 425-555-0100")),
    }
}

fn china_contact() -> Contact {
    Contact {
        first_name: s("立华"),
        last_name: s("王"),
        email: format!("admin@{CHINA_DOMAIN}"),
        phone_number: s("+86 138 1652 7730"),
    }
}

fn global_contact() -> Contact {
    Contact {
        first_name: s("Avery"),
        last_name: s("Howard"),
        email: format!("admin@{GLOBAL_DOMAIN}"),
        phone_number: s("+1 425-555-0134"),
    }
}

fn put<T: Profile>(tx: &Transaction, partner_id: &str, profile: &T, now: i64) -> rusqlite::Result<()> {
    let body = serde_json::to_string(profile).map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    tx.execute(
        "INSERT OR IGNORE INTO partner_profiles (partner_id, profile_type, body, version, updated_at) VALUES (?1, ?2, ?3, 1, ?4)",
        params![partner_id, T::TYPE, body, now],
    )?;
    Ok(())
}

/// Idempotent: profiles that exist (perhaps edited) are left alone; partners that do not exist
/// yet are skipped.
pub fn seed(tx: &Transaction, now: i64) -> rusqlite::Result<()> {
    let exists = |id: &str| -> rusqlite::Result<bool> {
        tx.query_row("SELECT count(*) FROM partners WHERE id = ?1", [id], |r| r.get::<_, i64>(0)).map(|n| n > 0)
    };
    if exists(CHINA_PARTNER)? {
        tx.execute(
            "INSERT OR IGNORE INTO partner_details (partner_id, domain, mpn_id) VALUES (?1, ?2, ?3)",
            params![CHINA_PARTNER, CHINA_DOMAIN, "5163247"],
        )?;
        let company = s(CHINA_COMPANY);
        put(
            tx,
            CHINA_PARTNER,
            &LegalBusinessProfile {
                company_name: company.clone(),
                address: china_address(),
                primary_contact: china_contact(),
                company_approver_address: china_address(),
                company_approver_email: format!("lihua.wang@{CHINA_DOMAIN}"),
                vetting_status: VettingStatus::Authorized,
                vetting_sub_status: VettingSubStatus::None,
            },
            now,
        )?;
        put(
            tx,
            CHINA_PARTNER,
            &BillingProfile {
                company_name: company.clone(),
                address: china_address(),
                primary_contact: Contact {
                    first_name: s("娜"),
                    last_name: s("李"),
                    email: format!("billing@{CHINA_DOMAIN}"),
                    phone_number: s("+86 139 1873 2046"),
                },
                purchase_order_number: Some(s("PO-SH-2026-0117")),
                tax_id: Some(s("91310115MA1K3YJ45X")),
                billing_currency: s("CNY"),
            },
            now,
        )?;
        put(
            tx,
            CHINA_PARTNER,
            &OrganizationProfile {
                id: s(CHINA_PARTNER),
                company_name: company,
                default_address: china_address(),
                tenant_id: s(CHINA_PARTNER),
                domain: s(CHINA_DOMAIN),
                email: format!("admin@{CHINA_DOMAIN}"),
                language: s("zh-Hans"),
                culture: s("zh-CN"),
            },
            now,
        )?;
        put(
            tx,
            CHINA_PARTNER,
            &SupportProfile {
                email: s("support@fabrikam.com.cn"),
                telephone: Some(s("+86 400 820 1234")),
                website: Some(s("https://www.fabrikam.com.cn/support")),
            },
            now,
        )?;
    }
    if exists(GLOBAL_PARTNER)? {
        tx.execute(
            "INSERT OR IGNORE INTO partner_details (partner_id, domain, mpn_id) VALUES (?1, ?2, ?3)",
            params![GLOBAL_PARTNER, GLOBAL_DOMAIN, "4801362"],
        )?;
        let company = s(GLOBAL_COMPANY);
        put(
            tx,
            GLOBAL_PARTNER,
            &LegalBusinessProfile {
                company_name: company.clone(),
                address: global_address(),
                primary_contact: global_contact(),
                company_approver_address: global_address(),
                company_approver_email: format!("avery.howard@{GLOBAL_DOMAIN}"),
                vetting_status: VettingStatus::Authorized,
                vetting_sub_status: VettingSubStatus::None,
            },
            now,
        )?;
        put(
            tx,
            GLOBAL_PARTNER,
            &BillingProfile {
                company_name: company.clone(),
                address: Address { address_line2: Some(s("Accounts Payable, Building 92")), ..global_address() },
                primary_contact: Contact {
                    first_name: s("민준"),
                    last_name: s("김"),
                    email: format!("billing@{GLOBAL_DOMAIN}"),
                    phone_number: s("+1 425-555-0187"),
                },
                purchase_order_number: Some(s("FAB-PO-48213")),
                tax_id: Some(s("91-1144442")),
                billing_currency: s("USD"),
            },
            now,
        )?;
        put(
            tx,
            GLOBAL_PARTNER,
            &OrganizationProfile {
                id: s(GLOBAL_PARTNER),
                company_name: company,
                default_address: global_address(),
                tenant_id: s(GLOBAL_PARTNER),
                domain: s(GLOBAL_DOMAIN),
                email: format!("admin@{GLOBAL_DOMAIN}"),
                language: s("en"),
                culture: s("en-US"),
            },
            now,
        )?;
        put(
            tx,
            GLOBAL_PARTNER,
            &SupportProfile {
                email: s("support@fabrikam.com"),
                telephone: Some(s("+1 800-555-0199")),
                website: Some(s("https://www.fabrikam.com/support")),
            },
            now,
        )?;
    }
    Ok(())
}
