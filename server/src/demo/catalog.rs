//! The offer catalog of both clouds (CNY and USD prices), its price list with changes in the
//! 30-day preview, and a pinned list for each demo partner. The catalog handlers serve what this
//! writes.

use rusqlite::{Transaction, params};
use serde_json::Value;

use super::accounts::{CHINA_PARTNER, GLOBAL_PARTNER};
use crate::api::catalog::format_day;
use crate::settings::Cloud;

pub struct SeedCategory {
    pub id: &'static str,
    pub name_cn: &'static str,
    pub name_en: &'static str,
    pub rank: i64,
}

pub const CATEGORIES: &[SeedCategory] = &[
    SeedCategory { id: "Office", name_cn: "Office 365", name_en: "Office 365", rank: 1 },
    SeedCategory { id: "Dynamics", name_cn: "Dynamics 365", name_en: "Dynamics 365", rank: 2 },
    SeedCategory {
        id: "EMS", name_cn: "企业移动性 + 安全性", name_en: "Enterprise Mobility + Security", rank: 3
    },
    SeedCategory { id: "PowerBI", name_cn: "Power BI", name_en: "Power BI", rank: 4 },
    SeedCategory { id: "Azure", name_cn: "Azure", name_en: "Azure", rank: 5 },
];

pub struct SeedOffer {
    pub id: &'static str,
    pub name: &'static str,
    pub description_cn: &'static str,
    pub description_en: &'static str,
    pub category: &'static str,
    pub min: i64,
    pub max: i64,
    pub billing: &'static str,
    pub add_on_of: Option<&'static str>,
    pub is_trial: bool,
    pub sales_group: Option<&'static str>,
    /// Monthly price per licence; None = not sold in that cloud.
    pub cny: Option<&'static str>,
    pub usd: Option<&'static str>,
    /// Whether the generated demo customers buy it. The upgrade targets added later are left
    /// out, so the demo customers' subscriptions stay what they were.
    pub in_demo_customers: bool,
}

const fn offer(
    id: &'static str,
    name: &'static str,
    description_cn: &'static str,
    description_en: &'static str,
    category: &'static str,
    cny: Option<&'static str>,
    usd: Option<&'static str>,
) -> SeedOffer {
    SeedOffer {
        id,
        name,
        description_cn,
        description_en,
        category,
        min: 1,
        max: 300,
        billing: "license",
        add_on_of: None,
        is_trial: false,
        sales_group: None,
        cny,
        usd,
        in_demo_customers: true,
    }
}

pub const OFFERS: &[SeedOffer] = &[
    offer(
        "91FD106F-4B2C-4938-95AC-F54F74E9A239",
        "Office 365 E1",
        "基于 Web 的 Office 应用、电子邮件、文件存储和共享以及 Teams 会议。",
        "Web versions of Office apps, email, file storage and sharing, and Teams meetings.",
        "Office",
        Some("56.00"),
        Some("10.00"),
    ),
    offer(
        "796B6B5F-613C-4E24-A17C-EBA730D49C02",
        "Office 365 E3",
        "完整的 Office 桌面应用以及企业级电子邮件、存储、合规和安全功能。",
        "Office desktop apps with enterprise email, storage, compliance and security.",
        "Office",
        Some("152.00"),
        Some("23.00"),
    ),
    SeedOffer {
        max: 300,
        ..offer(
            "BD938F12-058F-4927-BBA3-AE36B1D2501C",
            "Office 365 Business Essentials",
            "面向 300 用户以内企业的电子邮件、文件存储和 Teams。",
            "Email, file storage and Teams for businesses of up to 300 users.",
            "Office",
            Some("36.00"),
            Some("6.00"),
        )
    },
    SeedOffer {
        max: 300,
        ..offer(
            "031C9E47-4802-4248-838E-778FB1D2CC05",
            "Office 365 Business Premium",
            "Office 桌面应用加上电子邮件、文件存储和 Teams，适合 300 用户以内。",
            "Office desktop apps plus email, file storage and Teams, for up to 300 users.",
            "Office",
            Some("95.00"),
            Some("22.00"),
        )
    },
    offer(
        "195416C1-3447-423A-B37B-EE59A99A19C4",
        "Exchange Online (Plan 1)",
        "企业级电子邮件，每用户 50 GB 邮箱。",
        "Business-class email with a 50 GB mailbox per user.",
        "Office",
        Some("28.00"),
        Some("4.00"),
    ),
    SeedOffer {
        is_trial: true,
        max: 25,
        ..offer(
            "7A2C8E54-4C0B-4E61-9F3A-6B1C5D0E2F11",
            "Office 365 E3 Trial",
            "Office 365 E3 的 30 天试用，最多 25 个用户。",
            "A 30-day trial of Office 365 E3 for up to 25 users.",
            "Office",
            Some("0.00"),
            Some("0.00"),
        )
    },
    SeedOffer {
        add_on_of: Some("796B6B5F-613C-4E24-A17C-EBA730D49C02"),
        ..offer(
            "4E4AF6C1-2B4F-4D1E-A4D3-7C2B8E9A1F20",
            "Office 365 Advanced Threat Protection",
            "防范电子邮件中的未知恶意软件和病毒。",
            "Protects email against unknown malware and viruses.",
            "Office",
            Some("12.00"),
            Some("2.00"),
        )
    },
    SeedOffer {
        sales_group: Some("Dynamics365"),
        ..offer(
            "A8B5F2E4-8C6D-4F1B-9E3A-2D7C5B1E4F60",
            "Dynamics 365 Sales Professional",
            "销售自动化：潜在客户、商机和预测。",
            "Sales automation: leads, opportunities and forecasting.",
            "Dynamics",
            Some("420.00"),
            Some("65.00"),
        )
    },
    SeedOffer {
        sales_group: Some("Dynamics365"),
        ..offer(
            "C3D9E1F7-5A2B-4C8E-B6D4-9F1A3E7C2B80",
            "Dynamics 365 Customer Service Enterprise",
            "全渠道客户服务与案例管理。",
            "Omnichannel customer service and case management.",
            "Dynamics",
            Some("610.00"),
            Some("95.00"),
        )
    },
    offer(
        "EEF6D4B2-1C3A-4E5F-8B7D-6A9C2E1F3D40",
        "Enterprise Mobility + Security E3",
        "身份和访问管理、设备管理和信息保护。",
        "Identity and access management, device management and information protection.",
        "EMS",
        Some("70.00"),
        Some("10.60"),
    ),
    offer(
        "F1A7C3E9-2B4D-4F6A-8C1E-5D3B7A9F2C10",
        "Power BI Pro",
        "自助式分析和共享仪表板。",
        "Self-service analytics and shared dashboards.",
        "PowerBI",
        Some("63.00"),
        Some("10.00"),
    ),
    SeedOffer {
        max: 1,
        billing: "usage",
        ..offer(
            "DZH318Z0BPS6",
            "Azure plan",
            "",
            "Pay-as-you-go Azure services, billed monthly by usage.",
            "Azure",
            None,
            Some("0.00"),
        )
    },
    // Upgrade targets of the legacy Office 365 matrix (see `api::customers::upgrades`), at the end
    // so that the ranks of the offers above stay as they were.
    SeedOffer {
        in_demo_customers: false,
        ..offer(
            "5C9FD4CC-EDCE-44A8-8E91-07DF09744609",
            "Office 365 Business",
            "Office 桌面应用和 1 TB OneDrive 云存储，适合 300 用户以内的企业。",
            "Office desktop apps with 1 TB of OneDrive storage, for businesses of up to 300 users.",
            "Office",
            Some("62.00"),
            Some("8.25"),
        )
    },
    SeedOffer {
        in_demo_customers: false,
        ..offer(
            "0B8D4A16-6A1F-4E4B-9D2E-3C5F7A9B1D82",
            "Office 365 ProPlus",
            "Office 桌面应用套件，每用户可在 5 台电脑或 Mac 上安装，外加 1 TB OneDrive 云存储。",
            "The Office desktop suite on up to 5 PCs or Macs per user, with 1 TB of OneDrive storage.",
            "Office",
            Some("89.00"),
            Some("12.00"),
        )
    },
    SeedOffer {
        in_demo_customers: false,
        ..offer(
            "C7D15985-E529-4A2B-8B8D-1A6E3C2F9B47",
            "Office 365 E5",
            "",
            "Office 365 E3 plus advanced security, analytics and voice: Phone System, Audio Conferencing and Power BI Pro.",
            "Office",
            None,
            Some("35.00"),
        )
    },
];

fn offer_row_values(o: &SeedOffer, cloud: Cloud) -> Option<(String, &'static str, &'static str)> {
    match cloud {
        Cloud::China => o.cny.map(|p| (p.to_string(), "CNY", o.description_cn)),
        Cloud::Global => o.usd.map(|p| (p.to_string(), "USD", o.description_en)),
    }
}

/// Offers (both clouds) and the price list, and a pinned list for each demo partner.
pub fn seed(tx: &Transaction, now: i64) -> rusqlite::Result<()> {
    let today = now.div_euclid(86_400);
    for cloud in [Cloud::China, Cloud::Global] {
        for c in CATEGORIES {
            if cloud == Cloud::China && c.id == "Azure" {
                continue;
            }
            let name = if cloud == Cloud::China { c.name_cn } else { c.name_en };
            tx.execute(
                "INSERT OR IGNORE INTO offer_categories (cloud, id, name, rank) VALUES (?1, ?2, ?3, ?4)",
                params![cloud.as_str(), c.id, name, c.rank],
            )?;
        }
        let mut row_id = 0i64;
        for (rank, o) in OFFERS.iter().enumerate() {
            let Some((price, currency, description)) = offer_row_values(o, cloud) else { continue };
            let prereq: Value = o.add_on_of.map(|p| Value::from(vec![p])).unwrap_or_else(|| Value::Array(vec![]));
            let unit_type = if o.billing == "usage" { "Usage-based" } else { "Licenses" };
            tx.execute(
                "INSERT OR IGNORE INTO offers (cloud, id, name, description, category_id, minimum_quantity, maximum_quantity, rank,
                   limit_unit_of_measure, limit_value, prerequisite_offers, is_add_on, is_available_for_purchase, billing, is_trial,
                   sales_group_id, unit_price, currency, unit_type)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1, ?13, ?14, ?15, ?16, ?17, ?18)",
                params![
                    cloud.as_str(),
                    o.id,
                    o.name,
                    description,
                    o.category,
                    o.min,
                    o.max,
                    rank as i64 + 1,
                    if o.is_trial { "Days" } else { "None" },
                    if o.is_trial { 30 } else { 0 },
                    prereq.to_string(),
                    o.add_on_of.is_some(),
                    o.billing,
                    o.is_trial,
                    o.sales_group,
                    price,
                    currency,
                    unit_type
                ],
            )?;
            if o.is_trial || o.billing == "usage" {
                continue;
            }
            // The current row, valid since the start of the year.
            let erp = erp_of(&price);
            let mut insert = |code: &str, from: i64, to: Option<i64>, list: &str, erp: &str, name: &str| {
                row_id += 1;
                tx.execute(
                    "INSERT OR IGNORE INTO price_list (cloud, row_id, offer_id, offer_name, change_code, valid_from, valid_to,
                       license_agreement_type, purchase_unit, secondary_license_type, end_customer_type, list_price, erp_price, currency)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'Open', '1 Month', 'Full', 'Commercial', ?8, ?9, ?10)",
                    params![cloud.as_str(), row_id, o.id, name, code, format_day(from), to.map(format_day), list, erp, currency],
                )
            };
            let changes = rank % 4 == 1;
            let current_to = if changes { Some(today + 13) } else { None };
            insert("unc", today - 200, current_to, &price, &erp, o.name)?;
            if changes {
                // A price change announced in the 30-day preview.
                let raised = raise(&price);
                insert("chg", today + 14, None, &raised, &erp_of(&raised), o.name)?;
            }
        }
        // A new offer that appears in the preview, and one that leaves.
        let (new_price, currency) = if cloud == Cloud::China { ("180.00", "CNY") } else { ("36.00", "USD") };
        row_id = 100;
        for (code, from, to, id, name, price) in [
            ("add", today + 20, None, "B4E1D6A2-7C9F-4A3B-8E5D-1F2C6A9B3E70", "Microsoft 365 E3", new_price),
            (
                "del",
                today - 200,
                Some(today + 9),
                "195416C1-3447-423A-B37B-EE59A99A19C4",
                "Exchange Online Kiosk",
                if cloud == Cloud::China { "12.00" } else { "2.00" },
            ),
        ] {
            row_id += 1;
            tx.execute(
                "INSERT OR IGNORE INTO price_list (cloud, row_id, offer_id, offer_name, change_code, valid_from, valid_to,
                   license_agreement_type, purchase_unit, secondary_license_type, end_customer_type, list_price, erp_price, currency)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'Open', '1 Month', 'Full', 'Commercial', ?8, ?9, ?10)",
                params![cloud.as_str(), row_id, id, name, code, format_day(from), to.map(format_day), price, erp_of(price), currency],
            )?;
        }
    }
    for (partner, pins) in [
        (CHINA_PARTNER, ["796B6B5F-613C-4E24-A17C-EBA730D49C02", "031C9E47-4802-4248-838E-778FB1D2CC05"]),
        (GLOBAL_PARTNER, ["796B6B5F-613C-4E24-A17C-EBA730D49C02", "DZH318Z0BPS6"]),
    ] {
        let exists: bool =
            tx.query_row("SELECT EXISTS (SELECT 1 FROM partners WHERE id = ?1)", [partner], |r| r.get(0))?;
        if !exists {
            continue;
        }
        tx.execute("INSERT OR IGNORE INTO pinned_offer_lists (partner_id, version) VALUES (?1, 1)", [partner])?;
        for (i, id) in pins.iter().enumerate() {
            tx.execute(
                "INSERT OR IGNORE INTO pinned_offers (partner_id, position, offer_id) VALUES (?1, ?2, ?3)",
                params![partner, i as i64, id],
            )?;
        }
    }
    Ok(())
}

/// Cents of a decimal amount: ASCII digits, optionally `-` first, optionally `.` and one or two
/// digits. None for anything else and for amounts outside i64 cents.
fn cents(price: &str) -> Option<i64> {
    // Only split at ASCII characters and check every byte before parsing: slicing at a byte
    // index (the old `[..2]`) panics inside a multi-byte character, and `str::parse` would also
    // take a sign in the middle ("1.+5").
    let (negative, unsigned) = match price.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, price),
    };
    let (whole, frac) = match unsigned.split_once('.') {
        Some((w, f)) if (1..=2).contains(&f.len()) => (w, f),
        Some(_) => return None,
        None => (unsigned, ""),
    };
    if whole.is_empty() || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac_cents = frac.bytes().map(|b| i128::from(b - b'0')).chain([0]).take(2).fold(0, |acc, d| acc * 10 + d);
    // i128 and checked ops: `whole * 100` overflows an i64 for long inputs.
    let magnitude = whole.parse::<i128>().ok()?.checked_mul(100)?.checked_add(frac_cents)?;
    i64::try_from(if negative { -magnitude } else { magnitude }).ok()
}

/// The decimal amount of `cents`, with two places (`-1.50` for -150).
fn money(cents: i64) -> String {
    // On the magnitude: `%` keeps the sign, which would print `-1.-50`.
    let sign = if cents < 0 { "-" } else { "" };
    let m = cents.unsigned_abs();
    format!("{sign}{}.{:02}", m / 100, m % 100)
}

/// `percent` % of a price, truncated to whole cents; 0.00 for a price that is not an amount (or overflows).
fn scaled(price: &str, percent: i64) -> String {
    money(cents(price).and_then(|c| c.checked_mul(percent)).map(|c| c / 100).unwrap_or(0))
}

/// The partner's (ERP) price: 85 % of list.
fn erp_of(price: &str) -> String {
    scaled(price, 85)
}

/// A 5 % rise, rounded to whole cents.
fn raise(price: &str) -> String {
    scaled(price, 105)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use proptest::prelude::*;

    #[test]
    fn list_and_partner_prices() {
        assert_eq!(erp_of("10.00"), "8.50");
        assert_eq!(raise("23.00"), "24.15");
    }

    #[test]
    fn what_used_to_panic_or_pass() {
        // Once a panic: slicing "é" (2 bytes) at byte 2 of "é0", and `whole * 100` overflowing.
        assert_eq!(cents("1.é"), None);
        assert_eq!(cents("1.😀"), None);
        assert_eq!(cents("92233720368547758.07"), Some(i64::MAX));
        assert_eq!(cents("92233720368547758.08"), None);
        assert_eq!(cents("99999999999999999999999999999999999999999"), None);
        assert_eq!(erp_of(&money(i64::MAX)), "0.00");
        assert_eq!(
            (cents("1.5"), cents("-0.05"), cents("+1"), cents("1.+5"), cents("1."), cents("1.234")),
            (Some(150), Some(-5), None, None, None, None)
        );
        assert_eq!(money(-150), "-1.50");
    }

    /// Amounts as `cents` reads them: (negative, whole digits, fraction digits).
    fn amount() -> impl Strategy<Value = (bool, String, String)> {
        (any::<bool>(), "[0-9]{1,21}", "[0-9]{0,2}")
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn money_round_trips_through_cents(c in any::<i64>()) {
            prop_assert_eq!(cents(&money(c)), Some(c));
        }

        #[test]
        fn cents_reads_amounts((negative, whole, frac) in amount()) {
            let text = format!("{}{whole}{}{frac}", if negative { "-" } else { "" }, if frac.is_empty() { "" } else { "." });
            let frac_cents = format!("{frac:0<2}").parse::<i128>().unwrap();
            let magnitude = whole.parse::<i128>().unwrap() * 100 + frac_cents;
            let expected = i64::try_from(if negative { -magnitude } else { magnitude }).ok();
            prop_assert_eq!(cents(&text), expected, "{}", text);
        }

        #[test]
        fn prices_never_panic(s in strategies::text()) {
            if let Some(c) = cents(&s) {
                prop_assert_eq!(cents(&money(c)), Some(c));
                prop_assert!(s.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b'-'), "{:?}", s);
            }
            let _ = (erp_of(&s), raise(&s));
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_prices_never_panic(s in strategies::long()) {
            prop_assert_eq!(cents(&s), None);
            let _ = (erp_of(&s), raise(&s));
        }
    }
}
