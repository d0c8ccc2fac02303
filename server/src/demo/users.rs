//! Eight more realistic users per demo partner, in mixed roles, with fixed ids. They share the
//! demo admin's password hash (so they sign in with the demo password, whatever it was set to).

use rusqlite::{Transaction, params};

use super::accounts::{CHINA_DOMAIN, CHINA_PARTNER, GLOBAL_DOMAIN, GLOBAL_PARTNER, password_hash};

/// (id, local part, display name, first name, last name, admin role, agent role)
type Seed =
    (&'static str, &'static str, &'static str, &'static str, &'static str, Option<&'static str>, Option<&'static str>);

const CHINA_USERS: &[Seed] = &[
    ("ce5717a8-de0a-4d67-8f50-38bf0c052f71", "sun.lei", "孙磊", "磊", "孙", None, Some("admin_agent")),
    ("75cd8c66-7977-4079-8de0-6a3570c59a88", "zhou.ting", "周婷", "婷", "周", None, Some("sales_agent")),
    ("e908d914-7c24-4416-8f47-1b151e68f705", "wu.gang", "吴刚", "刚", "吴", None, Some("helpdesk_agent")),
    ("437c582e-ed82-427f-8f6f-d3abd43e596a", "zheng.xiuying", "郑秀英", "秀英", "郑", Some("billing_admin"), None),
    (
        "5e5dc2b1-5e8e-44a0-9a1c-21a8e31590db",
        "feng.xiaoming",
        "冯晓明",
        "晓明",
        "冯",
        Some("global_admin"),
        Some("admin_agent"),
    ),
    ("f7d79f86-315b-4923-b4ca-908feb2cddd3", "he.li", "何丽", "丽", "何", None, Some("sales_agent")),
    (
        "20f052e1-1646-479e-8338-8d9f48e4d7f1",
        "ma.jun",
        "马俊",
        "俊",
        "马",
        Some("user_management_admin"),
        Some("helpdesk_agent"),
    ),
    ("7cd4446d-6b37-4b59-9005-8fb3c7762b8a", "gao.xue", "高雪", "雪", "高", None, None),
];

const GLOBAL_USERS: &[Seed] = &[
    (
        "c225eec0-3d1b-4604-b939-df48aeaebb04",
        "olivia.bennett",
        "Olivia Bennett",
        "Olivia",
        "Bennett",
        None,
        Some("admin_agent"),
    ),
    ("7a1543b6-6eca-4b46-9f70-bcaf456db18e", "marcus.reid", "Marcus Reid", "Marcus", "Reid", None, Some("sales_agent")),
    (
        "9f3638b2-71f6-4ecd-9d67-72c63ac73fb8",
        "lea.fontaine",
        "Léa Fontaine",
        "Léa",
        "Fontaine",
        None,
        Some("helpdesk_agent"),
    ),
    (
        "96787913-7799-4401-a295-13e616eda848",
        "hugo.lefevre",
        "Hugo Lefèvre",
        "Hugo",
        "Lefèvre",
        Some("billing_admin"),
        None,
    ),
    (
        "64b3c56d-edd8-4c0f-951f-dc7b9a480e40",
        "seoyeon.lee",
        "이서연",
        "서연",
        "이",
        Some("global_admin"),
        Some("admin_agent"),
    ),
    ("e108234c-ed3d-46b6-ac4c-2b14017d7108", "hyunwoo.choi", "최현우", "현우", "최", None, Some("sales_agent")),
    (
        "af2467fa-8e15-4992-96c7-1e9eee299853",
        "grace.turner",
        "Grace Turner",
        "Grace",
        "Turner",
        Some("user_management_admin"),
        Some("helpdesk_agent"),
    ),
    ("6d84232b-f0cd-4b62-b00f-98f5483169e9", "antoine.girard", "Antoine Girard", "Antoine", "Girard", None, None),
];

/// Idempotent (INSERT OR IGNORE on fixed ids and sign-in names); skips a partner that does not
/// exist yet.
pub fn seed(tx: &Transaction, now: i64) -> rusqlite::Result<()> {
    for (partner_id, domain, users) in
        [(CHINA_PARTNER, CHINA_DOMAIN, CHINA_USERS), (GLOBAL_PARTNER, GLOBAL_DOMAIN, GLOBAL_USERS)]
    {
        let exists: i64 = tx.query_row("SELECT count(*) FROM partners WHERE id = ?1", [partner_id], |r| r.get(0))?;
        if exists == 0 {
            continue;
        }
        let hash = password_hash(tx)?;
        for (id, local, display, first, last, admin, agent) in users {
            let upn = format!("{local}@{domain}");
            let added = tx.execute(
                "INSERT OR IGNORE INTO users (id, partner_id, user_principal_name, user_name_key, display_name, password_hash,
                                              admin_role, agent_role, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![id, partner_id, upn, upn.to_lowercase(), display, hash, admin, agent, now],
            )?;
            if added > 0 {
                tx.execute(
                    "INSERT OR IGNORE INTO user_details (user_id, version, first_name, last_name) VALUES (?1, 1, ?2, ?3)",
                    params![id, first, last],
                )?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use partner_center_rules::Role;
    use partner_center_rules::name::full_name;

    use super::*;

    /// The demo users' names are written as the app and the server write every name.
    #[test]
    fn display_names_follow_the_name_order_and_roles_are_roles() {
        for (_, _, display, first, last, admin, agent) in CHINA_USERS.iter().chain(GLOBAL_USERS) {
            assert_eq!(*display, full_name(first, last));
            assert!(admin.is_none_or(|r| Role::parse(r).is_some_and(Role::is_admin_role)), "{admin:?}");
            assert!(agent.is_none_or(|r| Role::parse(r).is_some_and(|r| !r.is_admin_role())), "{agent:?}");
        }
    }
}
