//! The demo dataset: one partner per cloud with a global admin, created on first start. Both
//! clouds are seeded whatever `--cloud` says, so a test can sign in to either.

use rusqlite::{Connection, OptionalExtension, params};

use crate::auth::Role;
use crate::auth::password::hash_password;
use crate::settings::Cloud;

/// Password of every demo account (documented; `PC_DEMO_PASSWORD` overrides it on first start).
pub const DEMO_PASSWORD: &str = "Partner-Demo-2026";

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
        partner_id: "cfe1ed27-9891-45e6-bc4d-60240e06cb28",
        company_name: "上海法布里坎信息技术有限公司",
        cloud: Cloud::China,
        user_id: "0f66bafe-8728-4228-b105-cb1d6f6bba4d",
        user_principal_name: "admin@fabrikam-sh.partner.onmschina.cn",
        display_name: "王立华",
        role: Role::GlobalAdmin,
    },
    DemoAccount {
        partner_id: "67c7b3a4-dc8a-4729-b820-8c4d3c2eab52",
        company_name: "Fabrikam, Inc.",
        cloud: Cloud::Global,
        user_id: "03c61361-b847-40d0-9f19-95a65638e4c6",
        user_principal_name: "admin@fabrikam.onmicrosoft.com",
        display_name: "Avery Howard",
        role: Role::GlobalAdmin,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    #[test]
    fn seeding_is_idempotent() {
        let db = Db::open_in_memory().unwrap();
        assert_eq!(db.call_blocking(|c| seed(c, DEMO_PASSWORD, 0)).unwrap(), 2);
        assert_eq!(db.call_blocking(|c| seed(c, DEMO_PASSWORD, 1)).unwrap(), 0);
        let n: i64 = db.call_blocking(|c| c.query_row("SELECT count(*) FROM users", [], |r| r.get(0))).unwrap();
        assert_eq!(n, 2);
        assert_eq!(accounts(Cloud::China).count(), 1);
    }
}
