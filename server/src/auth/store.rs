//! Sessions in SQLite. Only sha256(token) is stored. A session ends after `ttl` seconds without
//! a request, and at the latest [`MAX_SESSION_LIFETIME_SECS`] after sign-in.

use partner_center_rules::Role;
use rusqlite::{Connection, OptionalExtension, params};

use crate::error::ApiError;
use crate::settings::Cloud;

pub const MAX_SESSION_LIFETIME_SECS: i64 = 24 * 60 * 60;

#[derive(Clone, Debug)]
pub struct SessionInfo {
    pub session_id: String,
    pub user: SessionUser,
    pub partner: SessionPartner,
    /// Unix seconds.
    pub expires_at: i64,
}

#[derive(Clone, Debug)]
pub struct SessionUser {
    pub id: String,
    pub display_name: String,
    pub user_principal_name: String,
    /// Admin role first, then agent role.
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug)]
pub struct SessionPartner {
    pub id: String,
    pub company_name: String,
    pub cloud: Cloud,
    /// `none` while the partner is still enrolling (created with "Create one"), else `active`.
    pub program_status: String,
}

/// How far the idle deadline moves on a request: never past the absolute cap.
fn deadline(created_at: i64, now: i64, ttl: i64) -> i64 {
    // Saturating: `created_at` is stored data and `ttl` the operator's.
    now.saturating_add(ttl).min(created_at.saturating_add(MAX_SESSION_LIFETIME_SECS))
}

/// Requests closer together than this do not rewrite the row; the deadline lags by at most this.
fn refresh_interval(ttl: i64) -> i64 {
    (ttl / 4).min(60)
}

/// The user id and password hash for a sign-in name (case-insensitive).
pub fn credentials(conn: &Connection, user_name: &str) -> Result<Option<(String, String)>, ApiError> {
    let key = user_name.trim().to_lowercase();
    Ok(conn
        .query_row("SELECT id, password_hash FROM users WHERE user_name_key = ?1", [key], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

/// Starts a session for `user_id`. `replaces`: the session the browser had, ended now so a
/// second sign-in does not leave it behind.
pub fn create(
    conn: &mut Connection,
    user_id: &str,
    token_hash: &[u8; 32],
    replaces: Option<[u8; 32]>,
    now: i64,
    ttl: i64,
) -> Result<SessionInfo, ApiError> {
    let tx = conn.transaction()?;
    tx.execute("DELETE FROM sessions WHERE expires_at <= ?1", [now])?;
    if let Some(old) = replaces {
        tx.execute("DELETE FROM sessions WHERE token_hash = ?1", [&old[..]])?;
    }
    let id = uuid::Uuid::new_v4().to_string();
    tx.execute(
        "INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen, expires_at) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
        params![id, &token_hash[..], user_id, now, deadline(now, now, ttl)],
    )?;
    let info = load(&tx, token_hash)?.ok_or_else(|| ApiError::internal_from("a new session vanished"))?;
    tx.commit()?;
    Ok(info.0)
}

/// The live session for a token hash; an expired one is deleted on the way.
pub fn lookup(
    conn: &mut Connection,
    token_hash: &[u8; 32],
    now: i64,
    ttl: i64,
) -> Result<Option<SessionInfo>, ApiError> {
    let tx = conn.transaction()?;
    let Some((mut info, times)) = load(&tx, token_hash)? else {
        return Ok(None);
    };
    if info.expires_at <= now {
        tx.execute("DELETE FROM sessions WHERE id = ?1", [&info.session_id])?;
        tx.commit()?;
        return Ok(None);
    }
    if now.saturating_sub(times.last_seen) >= refresh_interval(ttl) {
        info.expires_at = deadline(times.created_at, now, ttl);
        tx.execute(
            "UPDATE sessions SET last_seen = ?2, expires_at = ?3 WHERE id = ?1",
            params![info.session_id, now, info.expires_at],
        )?;
        tx.commit()?;
    }
    Ok(Some(info))
}

/// Ends the session with this token hash, if any.
pub fn delete(conn: &Connection, token_hash: &[u8; 32]) -> Result<(), ApiError> {
    conn.execute("DELETE FROM sessions WHERE token_hash = ?1", [&token_hash[..]])?;
    Ok(())
}

struct Times {
    created_at: i64,
    last_seen: i64,
}

fn load(conn: &Connection, token_hash: &[u8; 32]) -> Result<Option<(SessionInfo, Times)>, ApiError> {
    let row = conn
        .query_row(
            "SELECT s.id, s.created_at, s.last_seen, s.expires_at,
                    u.id, u.display_name, u.user_principal_name, u.admin_role, u.agent_role,
                    p.id, p.company_name, p.cloud, COALESCE(pp.program_status, 'active')
             FROM sessions s JOIN users u ON u.id = s.user_id JOIN partners p ON p.id = u.partner_id
             LEFT JOIN partner_programs pp ON pp.partner_id = p.id
             WHERE s.token_hash = ?1",
            [&token_hash[..]],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    Times { created_at: r.get(1)?, last_seen: r.get(2)? },
                    r.get::<_, i64>(3)?,
                    (r.get::<_, String>(4)?, r.get::<_, String>(5)?, r.get::<_, String>(6)?),
                    (r.get::<_, Option<String>>(7)?, r.get::<_, Option<String>>(8)?),
                    (r.get::<_, String>(9)?, r.get::<_, String>(10)?, r.get::<_, String>(11)?, r.get::<_, String>(12)?),
                ))
            },
        )
        .optional()?;
    let Some((
        session_id,
        times,
        expires_at,
        (user_id, display_name, upn),
        (admin, agent),
        (partner_id, company, cloud, program_status),
    )) = row
    else {
        return Ok(None);
    };
    let roles = [admin, agent]
        .into_iter()
        .flatten()
        .map(|r| {
            Role::parse(&r).ok_or_else(|| ApiError::internal_from(format_args!("unknown role {r:?} in the database")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let cloud = Cloud::parse(&cloud).ok_or_else(|| ApiError::internal_from(format_args!("unknown cloud {cloud:?}")))?;
    Ok(Some((
        SessionInfo {
            session_id,
            user: SessionUser { id: user_id, display_name, user_principal_name: upn, roles },
            partner: SessionPartner { id: partner_id, company_name: company, cloud, program_status },
            expires_at,
        },
        times,
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::Db;

    fn db_with_user() -> Db {
        let db = Db::open_in_memory().unwrap();
        db.call_blocking(|c| {
            c.execute_batch(
                "INSERT INTO partners VALUES ('p', 'Fabrikam', 'global', 0);
                 INSERT INTO users VALUES ('u', 'p', 'A@x.com', 'a@x.com', 'A', 'h', 'global_admin', 'sales_agent', 0);",
            )
        })
        .unwrap();
        db
    }

    #[test]
    fn sessions_slide_until_the_absolute_cap() {
        let db = db_with_user();
        let h = [7u8; 32];
        db.call_blocking(|c| {
            let s = create(c, "u", &h, None, 1000, 600).unwrap();
            assert_eq!(s.expires_at, 1600);
            assert_eq!(s.user.roles, [Role::GlobalAdmin, Role::SalesAgent]);
            // Within the refresh interval the row is not rewritten.
            assert_eq!(lookup(c, &h, 1010, 600).unwrap().unwrap().expires_at, 1600);
            assert_eq!(lookup(c, &h, 1500, 600).unwrap().unwrap().expires_at, 2100);
            assert!(lookup(c, &h, 2100, 600).unwrap().is_none(), "idle too long");
            let rows: i64 = c.query_row("SELECT count(*) FROM sessions", [], |r| r.get(0)).unwrap();
            assert_eq!(rows, 0, "expired sessions are deleted");

            create(c, "u", &h, None, 0, 36_000).unwrap();
            let mut now = 0;
            while now < MAX_SESSION_LIFETIME_SECS - 30_000 {
                now += 30_000;
                assert!(lookup(c, &h, now, 36_000).unwrap().is_some());
            }
            assert_eq!(lookup(c, &h, now, 36_000).unwrap().unwrap().expires_at, MAX_SESSION_LIFETIME_SECS);
            assert!(lookup(c, &h, MAX_SESSION_LIFETIME_SECS, 36_000).unwrap().is_none(), "absolute cap");
        });
    }

    #[test]
    fn signing_in_again_ends_the_old_session() {
        let db = db_with_user();
        db.call_blocking(|c| {
            create(c, "u", &[1; 32], None, 0, 60).unwrap();
            create(c, "u", &[2; 32], Some([1; 32]), 1, 60).unwrap();
            assert!(lookup(c, &[1; 32], 2, 60).unwrap().is_none());
            assert!(lookup(c, &[2; 32], 2, 60).unwrap().is_some());
            assert_eq!(credentials(c, "  A@X.COM ").unwrap().unwrap().0, "u");
        });
    }
}
