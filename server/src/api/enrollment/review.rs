//! The review operator: moves submitted enrollments to approved or rejected (the `review`
//! command, `crate::review`), and the demo auto-approver.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OptionalExtension, params};

use crate::db::Db;
use crate::error::ApiError;
use crate::state::AppState;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// China only: pending_review → credit_check (the review passed; 21Vianet checks credit).
    CreditCheck,
    /// pending_review or credit_check → approved.
    Approve,
    /// pending_review or credit_check → rejected (a reason is required).
    Reject,
}

/// Applies a decision to an enrollment, named by its id or by its partner's id. Returns a line for
/// the operator. Opens (and migrates) the database at `db_path`; safe while the server runs.
pub fn review(db_path: &Path, enrollment_id: &str, decision: Decision, reason: Option<&str>) -> Result<String, String> {
    let db = Db::open(db_path).map_err(|e| format!("cannot open the database {}: {e}", db_path.display()))?;
    db.call_blocking(|c| decide(c, enrollment_id, decision, reason, crate::time::now()))
}

/// The same on an open connection (one transaction).
pub fn decide(
    conn: &mut Connection,
    enrollment_id: &str,
    decision: Decision,
    reason: Option<&str>,
    now: i64,
) -> Result<String, String> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
    if decision == Decision::Reject && reason.is_none() {
        return Err("a rejection needs a reason (--reason)".into());
    }
    if reason.is_some_and(|r| r.chars().count() > 500) {
        return Err("the reason is longer than 500 characters".into());
    }
    let tx = conn.transaction().map_err(|e| e.to_string())?;
    let row: Option<(String, String, String, String)> = tx
        .query_row(
            "SELECT e.id, e.program, e.status, p.company_name FROM enrollments e JOIN partners p ON p.id = e.partner_id
             WHERE e.id = ?1 OR e.partner_id = ?1",
            [enrollment_id.trim()],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()
        .map_err(|e| e.to_string())?;
    let Some((id, program, status, company)) = row else {
        return Err(format!("no enrollment {enrollment_id:?}"));
    };
    let target = match (decision, status.as_str()) {
        (Decision::CreditCheck, "pending_review") if program == "china_csp_reseller" => "credit_check",
        (Decision::CreditCheck, _) if program != "china_csp_reseller" => {
            return Err("only China (21Vianet) enrollments have a credit check".into());
        }
        (Decision::Approve, "pending_review" | "credit_check") => "approved",
        (Decision::Reject, "pending_review" | "credit_check") => "rejected",
        (_, "pending_email_verification") => {
            return Err(format!(
                "the enrollment of {company} waits for its primary contact to verify the e-mail address; the review starts after that"
            ));
        }
        (_, other) => {
            return Err(format!("the enrollment of {company} is {other}; only submitted enrollments can be reviewed"));
        }
    };
    let decided = (target != "credit_check").then_some(now);
    tx.execute(
        "UPDATE enrollments SET status = ?2, version = version + 1, status_changed_at = ?3, decided_at = ?4,
            rejection_reason = ?5 WHERE id = ?1",
        params![id, target, now, decided, if target == "rejected" { reason } else { None }],
    )
    .map_err(|e| e.to_string())?;
    tx.commit().map_err(|e| e.to_string())?;
    Ok(format!("{company}: enrollment {id} {status} -> {target}"))
}

/// One pass of the demo auto-approver: China pending_review → credit_check → approved, global
/// pending_review → approved, each step once the enrollment has waited `delay` in its state.
pub fn auto_approve_once(conn: &mut Connection, delay_secs: i64, now: i64) -> Result<Vec<String>, ApiError> {
    let due: Vec<(String, String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT id, program, status FROM enrollments
             WHERE status IN ('pending_review', 'credit_check') AND status_changed_at <= ?1",
        )?;
        stmt.query_map([now.saturating_sub(delay_secs)], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<Result<_, _>>()?
    };
    let mut done = Vec::new();
    for (id, program, status) in due {
        let decision = if program == "china_csp_reseller" && status == "pending_review" {
            Decision::CreditCheck
        } else {
            Decision::Approve
        };
        match decide(conn, &id, decision, None, now) {
            Ok(line) => done.push(line),
            Err(e) => tracing::warn!(enrollment = %id, error = %e, "auto-approval skipped"),
        }
    }
    Ok(done)
}

/// Demo auto-approver: forever, approves submitted enrollments older than `delay` (China ones
/// pass the credit check first, after another `delay`). Spawn it with `tokio::spawn`.
pub async fn auto_approve_loop(state: AppState, delay: Duration) {
    let secs = i64::try_from(delay.as_secs()).unwrap_or(i64::MAX);
    let tick = Duration::from_secs((delay.as_secs() / 4).clamp(1, 10));
    loop {
        match state.db.call(move |c| auto_approve_once(c, secs, crate::time::now())).await {
            Ok(lines) => {
                for line in lines {
                    tracing::info!("auto-approver: {line}");
                }
            }
            Err(e) => tracing::warn!(code = %e.code, "auto-approver pass failed"),
        }
        tokio::time::sleep(tick).await;
    }
}
