//! The partner's program status (`none` while enrolling, else `active`) and the last step of
//! enrollment, provisioning, which completes lazily when someone looks. Used by the enrollment
//! handlers and by the gate that keeps partners without an active program out of the rest.

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::ApiError;

/// Seconds from agreement acceptance to an active program (env `PC_PROVISIONING_SECONDS`, default 60).
pub fn provisioning_secs() -> i64 {
    std::env::var("PC_PROVISIONING_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|v| *v >= 0)
        .unwrap_or(60)
}

/// Lazily moves agreement_accepted → provisioning → active (and the partner's program to
/// active) once the provisioning time has passed. Returns whether anything changed.
pub fn advance_provisioning(conn: &Connection, partner_id: &str, now: i64) -> Result<bool, ApiError> {
    let row: Option<(String, Option<i64>)> = conn
        .query_row("SELECT status, accepted_at FROM enrollments WHERE partner_id = ?1", [partner_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let Some((status, Some(accepted_at))) = row else { return Ok(false) };
    let target = match status.as_str() {
        // Saturating: `accepted_at` is stored data, the delay comes from the environment.
        "agreement_accepted" | "provisioning" if now >= accepted_at.saturating_add(provisioning_secs()) => "active",
        "agreement_accepted" => "provisioning",
        _ => return Ok(false),
    };
    conn.execute(
        "UPDATE enrollments SET status = ?2, version = version + 1, status_changed_at = ?3 WHERE partner_id = ?1",
        params![partner_id, target, now],
    )?;
    if target == "active" {
        set_program_status(conn, partner_id, "active")?;
    }
    Ok(true)
}

/// Records a partner's program status (`none` or `active`).
pub fn set_program_status(conn: &Connection, partner_id: &str, status: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO partner_programs (partner_id, program_status) VALUES (?1, ?2)
         ON CONFLICT (partner_id) DO UPDATE SET program_status = excluded.program_status",
        params![partner_id, status],
    )?;
    Ok(())
}

/// A partner's program status: `active` unless recorded otherwise.
pub fn program_status(conn: &Connection, partner_id: &str) -> rusqlite::Result<String> {
    Ok(conn
        .query_row("SELECT program_status FROM partner_programs WHERE partner_id = ?1", [partner_id], |r| r.get(0))
        .optional()?
        .unwrap_or_else(|| "active".to_string()))
}
