//! The demo partners, one per cloud, and a user in every role of each, created on every start
//! (both clouds whatever `--cloud` says, so a test can sign in to either). The other demo
//! modules build on these partners and reuse their admin's password hash.

use rusqlite::{Connection, OptionalExtension, params};

use crate::auth::Role;
use crate::auth::password::hash_password;
use crate::settings::Cloud;

/// The demo China partner (Partner Center operated by 21Vianet): fixed id, name and domain.
pub const CHINA_PARTNER: &str = "cfe1ed27-9891-45e6-bc4d-60240e06cb28";
pub const CHINA_COMPANY: &str = "上海法布里坎信息技术有限公司";
pub const CHINA_DOMAIN: &str = "fabrikam-sh.partner.onmschina.cn";
/// The demo global partner.
pub const GLOBAL_PARTNER: &str = "67c7b3a4-dc8a-4729-b820-8c4d3c2eab52";
pub const GLOBAL_COMPANY: &str = "Fabrikam, Inc.";
pub const GLOBAL_DOMAIN: &str = "fabrikam.onmicrosoft.com";

pub struct DemoAccount {
    pub partner_id: &'static str,
    pub company_name: &'static str,
    pub cloud: Cloud,
    pub user_id: &'static str,
    pub user_principal_name: &'static str,
    pub display_name: &'static str,
    pub role: Role,
}

/// Fixed ids, so links and tests can name the demo records.
pub const ACCOUNTS: &[DemoAccount] = &[
    DemoAccount {
        partner_id: CHINA_PARTNER,
        company_name: CHINA_COMPANY,
        cloud: Cloud::China,
        user_id: "0f66bafe-8728-4228-b105-cb1d6f6bba4d",
        user_principal_name: "admin@fabrikam-sh.partner.onmschina.cn",
        display_name: "王立华",
        role: Role::GlobalAdmin,
    },
    DemoAccount {
        partner_id: GLOBAL_PARTNER,
        company_name: GLOBAL_COMPANY,
        cloud: Cloud::Global,
        user_id: "03c61361-b847-40d0-9f19-95a65638e4c6",
        user_principal_name: "admin@fabrikam.onmicrosoft.com",
        display_name: "Avery Howard",
        role: Role::GlobalAdmin,
    },
    // One user in each other role, so every role can be tried (and tested) from the start.
    DemoAccount {
        partner_id: CHINA_PARTNER,
        company_name: CHINA_COMPANY,
        cloud: Cloud::China,
        user_id: "3b22617e-d46e-5a6c-bfa9-23892bbf6c3c",
        user_principal_name: "billing@fabrikam-sh.partner.onmschina.cn",
        display_name: "李娜",
        role: Role::BillingAdmin,
    },
    DemoAccount {
        partner_id: CHINA_PARTNER,
        company_name: CHINA_COMPANY,
        cloud: Cloud::China,
        user_id: "88337a3a-0b7a-5e00-9be1-a05e5b729461",
        user_principal_name: "usermgmt@fabrikam-sh.partner.onmschina.cn",
        display_name: "陈伟",
        role: Role::UserManagementAdmin,
    },
    DemoAccount {
        partner_id: CHINA_PARTNER,
        company_name: CHINA_COMPANY,
        cloud: Cloud::China,
        user_id: "c32e1547-6862-587e-ad88-9344e80de750",
        user_principal_name: "adminagent@fabrikam-sh.partner.onmschina.cn",
        display_name: "张敏",
        role: Role::AdminAgent,
    },
    DemoAccount {
        partner_id: CHINA_PARTNER,
        company_name: CHINA_COMPANY,
        cloud: Cloud::China,
        user_id: "a90fe589-b233-57db-85e7-bc424da1b656",
        user_principal_name: "sales@fabrikam-sh.partner.onmschina.cn",
        display_name: "刘洋",
        role: Role::SalesAgent,
    },
    DemoAccount {
        partner_id: CHINA_PARTNER,
        company_name: CHINA_COMPANY,
        cloud: Cloud::China,
        user_id: "5557fddd-b97e-55fc-b8c5-ee1ad69e4c53",
        user_principal_name: "helpdesk@fabrikam-sh.partner.onmschina.cn",
        display_name: "赵静",
        role: Role::HelpdeskAgent,
    },
    DemoAccount {
        partner_id: GLOBAL_PARTNER,
        company_name: GLOBAL_COMPANY,
        cloud: Cloud::Global,
        user_id: "71f3db01-df06-5c9b-9e56-c5a6d7b68fd7",
        user_principal_name: "billing@fabrikam.onmicrosoft.com",
        display_name: "김민준",
        role: Role::BillingAdmin,
    },
    DemoAccount {
        partner_id: GLOBAL_PARTNER,
        company_name: GLOBAL_COMPANY,
        cloud: Cloud::Global,
        user_id: "112b0845-ab97-5190-b8ed-ccf127d15ad6",
        user_principal_name: "usermgmt@fabrikam.onmicrosoft.com",
        display_name: "Camille Martin",
        role: Role::UserManagementAdmin,
    },
    DemoAccount {
        partner_id: GLOBAL_PARTNER,
        company_name: GLOBAL_COMPANY,
        cloud: Cloud::Global,
        user_id: "9036d420-7e2e-5a87-be5f-bfb0cf1d950e",
        user_principal_name: "adminagent@fabrikam.onmicrosoft.com",
        display_name: "Sophie Dubois",
        role: Role::AdminAgent,
    },
    DemoAccount {
        partner_id: GLOBAL_PARTNER,
        company_name: GLOBAL_COMPANY,
        cloud: Cloud::Global,
        user_id: "c5ee9a67-8300-596a-8d54-569f076ac32e",
        user_principal_name: "sales@fabrikam.onmicrosoft.com",
        display_name: "박지우",
        role: Role::SalesAgent,
    },
    DemoAccount {
        partner_id: GLOBAL_PARTNER,
        company_name: GLOBAL_COMPANY,
        cloud: Cloud::Global,
        user_id: "82d0e8b3-1444-5f6f-a09a-33691219cd8d",
        user_principal_name: "helpdesk@fabrikam.onmicrosoft.com",
        display_name: "Daniel Brooks",
        role: Role::HelpdeskAgent,
    },
];

pub fn accounts(cloud: Cloud) -> impl Iterator<Item = &'static DemoAccount> {
    ACCOUNTS.iter().filter(move |a| a.cloud == cloud)
}

/// Creates what is missing; existing records (and passwords someone changed) are left alone.
/// Returns how many users it created. Blocking (hashes passwords).
pub fn seed(conn: &mut Connection, password: &str, now: i64) -> Result<usize, String> {
    let mut created = 0;
    for a in ACCOUNTS {
        let exists = conn
            .query_row(
                "SELECT 1 FROM users WHERE id = ?1 OR user_name_key = ?2",
                params![a.user_id, a.user_principal_name.to_lowercase()],
                |_| Ok(()),
            )
            .optional()
            .map_err(|e| e.to_string())?
            .is_some();
        let hash = if exists { None } else { Some(hash_password(password)?) };
        let tx = conn.transaction().map_err(|e| e.to_string())?;
        tx.execute(
            "INSERT OR IGNORE INTO partners (id, company_name, cloud, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![a.partner_id, a.company_name, a.cloud.as_str(), now],
        )
        .map_err(|e| e.to_string())?;
        if let Some(hash) = hash {
            let (admin, agent) =
                if a.role.is_admin_role() { (Some(a.role.as_str()), None) } else { (None, Some(a.role.as_str())) };
            tx.execute(
                "INSERT INTO users (id, partner_id, user_principal_name, user_name_key, display_name, password_hash, admin_role, agent_role, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![a.user_id, a.partner_id, a.user_principal_name, a.user_principal_name.to_lowercase(), a.display_name, hash, admin, agent, now],
            )
            .map_err(|e| e.to_string())?;
            created += 1;
        }
        tx.commit().map_err(|e| e.to_string())?;
    }
    Ok(created)
}

/// The demo password's hash, copied from the first demo admin, for the accounts the areas add to
/// the demo: one password (`PC_DEMO_PASSWORD`) covers every demo account and start-up hashes
/// nothing more. `!` (never verifies) when the base seed has not run.
pub fn password_hash(tx: &rusqlite::Transaction) -> rusqlite::Result<String> {
    tx.query_row("SELECT coalesce((SELECT password_hash FROM users WHERE id = ?1), '!')", [ACCOUNTS[0].user_id], |r| {
        r.get(0)
    })
}

/// Adds a demo organization's global admin unless the id or the sign-in name exists.
pub fn ensure_global_admin(
    tx: &rusqlite::Transaction,
    user_id: &str,
    partner_id: &str,
    user_principal_name: &str,
    display_name: &str,
    created_at: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO users (id, partner_id, user_principal_name, user_name_key, display_name, password_hash, admin_role, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'global_admin', ?7)",
        params![user_id, partner_id, user_principal_name, user_principal_name.to_lowercase(), display_name, password_hash(tx)?, created_at],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;
    use crate::settings::DEMO_PASSWORD;

    #[test]
    fn seeding_is_idempotent() {
        let db = Db::open_in_memory().unwrap();
        assert_eq!(db.call_blocking(|c| seed(c, DEMO_PASSWORD, 0)).unwrap(), 12);
        assert_eq!(db.call_blocking(|c| seed(c, DEMO_PASSWORD, 1)).unwrap(), 0);
        let n: i64 = db.call_blocking(|c| c.query_row("SELECT count(*) FROM users", [], |r| r.get(0))).unwrap();
        assert_eq!(n, 12);
        // Every role, in each cloud.
        for cloud in [Cloud::China, Cloud::Global] {
            let mut roles: Vec<_> = accounts(cloud).map(|a| a.role.as_str()).collect();
            roles.sort();
            assert_eq!(roles.len(), 6);
            roles.dedup();
            assert_eq!(roles.len(), 6, "{cloud:?}");
        }
    }
}
