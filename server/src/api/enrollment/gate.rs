//! Partners whose program is not active yet (a new organization from "Create one", enrolling)
//! may use only: sessions, accounts, passwordresets, phonechallenges, enrollment,
//! `GET /v1/profiles/mpn` and `GET /v1/roles`. Everything else answers
//! `403 program_not_active`.

use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::provisioning::{advance_provisioning, program_status};
use crate::auth::{SessionInfo, resolve_session};
use crate::error::ApiError;
use crate::state::AppState;

/// Path prefixes below `/v1` open to partners without an active program (any method).
const OPEN_PREFIXES: &[&str] = &["/sessions", "/accounts", "/passwordresets", "/phonechallenges", "/enrollment"];
/// Paths below `/v1` open to them with GET only.
const OPEN_GETS: &[&str] = &["/profiles/mpn", "/roles"];

/// Whether `path` (below `/v1`) is open to a partner without an active program.
pub fn open_without_program(method: &Method, path: &str) -> bool {
    let under = |p: &str| path == p || path.strip_prefix(p).is_some_and(|rest| rest.starts_with('/'));
    OPEN_PREFIXES.iter().any(|p| under(p)) || (method == Method::GET && OPEN_GETS.iter().any(|p| under(p)))
}

pub fn program_not_active() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "program_not_active",
        "Your organization has not completed enrollment; finish enrolling to use this.",
    )
}

/// 403 `program_not_active` unless the signed-in partner's program is active, for requests
/// outside the enrollment paths. Reads `partner_programs.program_status` (advancing provisioning first).
/// `path` is the path below `/v1`.
pub async fn require_active_program(
    state: &AppState,
    session: &SessionInfo,
    method: &Method,
    path: &str,
) -> Result<(), ApiError> {
    if open_without_program(method, path) {
        return Ok(());
    }
    let partner = session.partner.id.clone();
    let active = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            advance_provisioning(&tx, &partner, crate::time::now())?;
            let status = program_status(&tx, &partner)?;
            tx.commit()?;
            Ok(status == "active")
        })
        .await?;
    if active { Ok(()) } else { Err(program_not_active()) }
}

/// Middleware for the `/v1` router (the path it sees is below `/v1`): anonymous requests pass
/// (their handlers decide), signed-in ones go through [`require_active_program`].
pub async fn program_gate(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (mut parts, body) = req.into_parts();
    let path = parts.uri.path().to_string();
    if open_without_program(&parts.method, &path) {
        return next.run(Request::from_parts(parts, body)).await;
    }
    match resolve_session(&state, &parts.headers, &mut parts.extensions).await {
        Ok(Some(session)) => {
            if let Err(e) = require_active_program(&state, &session, &parts.method, &path).await {
                return e.into_response();
            }
        }
        Ok(None) => {}
        Err(e) => return e.into_response(),
    }
    next.run(Request::from_parts(parts, body)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(crate::strategies::config(crate::strategies::CASES))]

        #[test]
        fn any_path_is_open_or_gated(path in crate::strategies::text()) {
            for method in [Method::GET, Method::POST] {
                let open = open_without_program(&method, &path);
                let below_enrollment = format!("/enrollment/{path}");
                prop_assert!(open_without_program(&method, &below_enrollment));
                if open {
                    prop_assert!(path.starts_with('/'));
                }
            }
        }
    }
}
