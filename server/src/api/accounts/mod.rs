//! Work accounts ("Create one"), self-service password reset ("Can't access your account?") and
//! the telephone challenge used during China enrollment.

pub mod codes;
pub mod phone;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use partner_center_rules::name::full_name;
use partner_center_rules::{Problem, account, work_account};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::api::fields::Fields;
use crate::api::resource::Attributes;
use crate::auth::hash_blocking;
use crate::error::{ApiError, FieldError};
use crate::extract::ApiJson;
use crate::middleware::idempotency::SecretAnswer;
use crate::settings::Cloud;
use crate::state::AppState;

pub const RESET_TTL_SECS: i64 = 10 * 60;

/// `/accounts` and `/passwordresets`; the telephone challenges are `phone::routes()`.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/accounts", post(create_account))
        .route("/passwordresets", post(start_reset))
        .route("/passwordresets/{reset_id}/verify", post(verify_reset))
        .route("/passwordresets/{reset_id}/complete", post(complete_reset))
}

/// The shared password rule (`account::password`), answered with the documented field code
/// `weak_password` whatever the problem.
fn weak_password(field: &str, password: &str, user_name: &str) -> Option<FieldError> {
    let description = match account::password(password, user_name).err()? {
        Problem::TooLong => "Use at most 256 characters.",
        Problem::Required => "Enter a password.",
        _ => {
            "Use at least 8 characters with three of: lower-case letters, upper-case letters, digits and symbols, not containing the user name."
        }
    };
    Some(FieldError::new(field, "weak_password", description))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateAccountRequest {
    pub organization_domain: String,
    pub organization_name: String,
    pub admin_first_name: String,
    pub admin_last_name: String,
    pub user_name: String,
    pub password: String,
    /// Optional, but never null (the contract's `Cloud` is a string).
    #[serde(default, deserialize_with = "present_string")]
    pub cloud: Option<String>,
    /// The tenant's country/region (ISO 3166 alpha-2). Optional: the cloud's home (CN, US) when
    /// absent. In the China cloud only CN.
    #[serde(default)]
    pub country: Option<String>,
}

/// An optional field that, when sent, is a string: `null` is refused (400 `invalid_body`).
fn present_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    String::deserialize(d).map(Some)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WorkAccount {
    pub partner_id: String,
    pub user_id: String,
    pub user_principal_name: String,
    pub sign_in_name: String,
    pub organization_domain: String,
    pub organization_name: String,
    pub display_name: String,
    pub cloud: Cloud,
    pub country: String,
    pub program_status: &'static str,
    pub attributes: Attributes,
}

/// Whether `domain` is one of the cloud's organization domains with a valid label (the shared
/// work-account rule the app applies as the partner types).
fn is_organization_domain(domain: &str, cloud: Cloud) -> bool {
    work_account::label_of(domain, cloud.into()).is_some_and(|label| work_account::domain_label(label).is_ok())
}

/// The admin's display name: the shared name order (王 + 立华 → 王立华, 김 + 민준 → 김민준,
/// John + Smith → John Smith), the same the app writes names in.
pub fn display_name(first: &str, last: &str) -> String {
    full_name(first, last)
}

async fn create_account(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<CreateAccountRequest>,
) -> Result<Response, ApiError> {
    let cloud = state.settings.cloud;
    let suffix = cloud.domain_suffix();
    let domain = req.organization_domain.trim().to_string();
    let user_name = req.user_name.trim().to_string();
    // The other cloud's domain, or `cloud` naming the other cloud: 403 not_available_in_cloud.
    let other = if cloud == Cloud::China { Cloud::Global } else { Cloud::China }.domain_suffix();
    if req.cloud.as_deref().is_some_and(|c| c != cloud.as_str())
        || domain.strip_suffix(other).is_some_and(|l| !l.contains('.'))
    {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "not_available_in_cloud",
            format!("This Partner Center is the {} cloud; create the account there.", cloud.as_str()),
        ));
    }
    let mut r = Fields::new();
    if !is_organization_domain(&domain, cloud) {
        r.push(
            "organizationDomain",
            "invalid_format",
            format!("Use 3 to 27 lower-case letters, digits or hyphens followed by {suffix}."),
        );
    }
    let country = match req.country.as_deref().map(str::trim) {
        None | Some("") => cloud.home_country().to_string(),
        Some(c) => c.to_ascii_uppercase(),
    };
    if account::country(&country).is_err() {
        r.push("country", "invalid_format", "Use the ISO 3166 two-letter code of the country/region.");
    } else if cloud == Cloud::China && country != "CN" {
        r.push("country", "invalid_value", "Partner Center operated by 21Vianet serves organizations in China (CN).");
    }
    r.required("organizationName", &req.organization_name, 100);
    r.required("adminFirstName", &req.admin_first_name, 50);
    r.required("adminLastName", &req.admin_last_name, 50);
    match work_account::user_name(&user_name) {
        Ok(()) => {}
        Err(Problem::Required) => r.push("userName", "required", "Enter a user name."),
        // Too long or malformed: one answer, as the contract documents it.
        Err(_) => r.push(
            "userName",
            "invalid_format",
            "Use 1 to 64 letters, digits, dots, hyphens, underscores or apostrophes (the part before @).",
        ),
    }
    r.errors.extend(weak_password("password", &req.password, &user_name));
    r.finish()?;

    let hash = hash_blocking(&state, req.password.clone()).await?;

    // Checked above: the domain is the label and the cloud's suffix.
    let label = work_account::label_of(&domain, cloud.into()).unwrap_or_default();
    let upn = work_account::sign_in_name(&user_name, label, cloud.into());
    let organization_name = req.organization_name.trim().to_string();
    let display = display_name(req.admin_first_name.trim(), req.admin_last_name.trim());
    let partner_id = uuid::Uuid::new_v4().to_string();
    let user_id = uuid::Uuid::new_v4().to_string();
    let now = crate::time::now();
    let (p, u, up, d, o, dn, cc) = (
        partner_id.clone(),
        user_id.clone(),
        upn.clone(),
        domain.clone(),
        organization_name.clone(),
        display.clone(),
        country.clone(),
    );
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let taken = tx
                .query_row(
                    "SELECT 1 FROM work_accounts WHERE domain = ?1
                     UNION ALL SELECT 1 FROM users WHERE user_name_key LIKE '%@' || ?1 LIMIT 1",
                    [&d],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if taken {
                return Err(ApiError::conflict("domain_taken", "This organization domain is already in use; choose another."));
            }
            tx.execute(
                "INSERT INTO partners (id, company_name, cloud, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![p, o, cloud.as_str(), now],
            )?;
            tx.execute("INSERT INTO partner_programs (partner_id, program_status) VALUES (?1, 'none')", [&p])?;
            tx.execute(
                "INSERT INTO users (id, partner_id, user_principal_name, user_name_key, display_name, password_hash, admin_role, agent_role, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'global_admin', NULL, ?7)",
                params![u, p, up, up.to_lowercase(), dn, hash, now],
            )?;
            tx.execute(
                "INSERT INTO work_accounts (partner_id, domain, user_id, created_at, country) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![p, d, u, now, cc],
            )?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    let body = WorkAccount {
        partner_id,
        user_id,
        sign_in_name: upn.clone(),
        user_principal_name: upn,
        organization_domain: domain,
        organization_name,
        display_name: display,
        cloud,
        country,
        program_status: "none",
        attributes: Attributes::of("WorkAccount"),
    };
    Ok((StatusCode::CREATED, Json(body)).into_response())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StartResetRequest {
    pub user_name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResetStarted {
    pub reset_id: String,
    pub expires_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debug_code: Option<String>,
    pub attributes: Attributes,
}

/// Always 202 with a reset id, whether or not the user exists (no user enumeration).
async fn start_reset(
    State(state): State<AppState>,
    ApiJson(req): ApiJson<StartResetRequest>,
) -> Result<Response, ApiError> {
    let user_name = req.user_name.trim().to_lowercase();
    crate::validate::Validator::new().length("userName", &user_name, 1, 256).finish()?;
    let id = uuid::Uuid::new_v4().to_string();
    let code = codes::new_code()?;
    let hash = codes::code_hash(&id, &code);
    // For an unknown user name: a hash no 6-digit code has.
    let decoy = codes::code_hash(&id, &uuid::Uuid::new_v4().to_string());
    let now = crate::time::now();
    let rid = id.clone();
    let known = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let user: Option<String> = tx
                .query_row("SELECT id FROM users WHERE user_name_key = ?1", [&user_name], |r| r.get(0))
                .optional()?;
            tx.execute(
                "INSERT INTO password_resets (id, user_id, code_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![rid, user, if user.is_some() { hash } else { decoy }, now, now + RESET_TTL_SECS],
            )?;
            tx.commit()?;
            Ok(user.is_some())
        })
        .await?;
    let debug_code = if known {
        codes::deliver("password_reset", &id, &req.user_name, &code)
    } else {
        tracing::info!(id = %id, "password reset for an unknown user name: no code sent");
        // The same shape as for a known user; this code can never match.
        codes::expose_codes().then_some(code)
    };
    let secret = debug_code.is_some();
    let body = ResetStarted {
        reset_id: id,
        expires_at: crate::time::rfc3339(now + RESET_TTL_SECS),
        debug_code,
        attributes: Attributes::of("PasswordReset"),
    };
    let mut res = (StatusCode::ACCEPTED, Json(body)).into_response();
    if secret {
        // The code is shown once: a replay keeps it in memory, never in the database.
        res.extensions_mut().insert(SecretAnswer);
    }
    Ok(res)
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct VerifyRequest {
    pub code: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verified {
    pub verified: bool,
    pub attributes: Attributes,
}

pub fn invalid_code() -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "invalid_code", "The code is not correct.").with_data(vec![FieldError::new(
        "code",
        "invalid_code",
        "The code is not correct.",
    )])
}

pub fn code_expired() -> ApiError {
    ApiError::new(StatusCode::GONE, "code_expired", "The code has expired; request a new one.")
}

pub fn too_many_attempts() -> ApiError {
    ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", "Too many wrong codes; request a new one.")
}

fn code_shape(code: &str) -> Result<(), ApiError> {
    let c = code.trim();
    if c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ApiError::validation_failed(vec![FieldError::new("code", "invalid_format", "Enter the 6-digit code.")]))
    }
}

/// Checks a code against a stored record: counts the attempt; expiry, attempt limit, mismatch.
pub fn check_code(
    tx: &rusqlite::Transaction,
    table: &'static str,
    id: &str,
    code: &str,
    now: i64,
) -> Result<(), ApiError> {
    let row: Option<(Vec<u8>, i64, i64, Option<i64>)> = tx
        .query_row(
            &format!("SELECT code_hash, expires_at, attempts, verified_at FROM {table} WHERE id = ?1"),
            [id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((hash, expires_at, attempts, _verified)) = row else {
        return Err(ApiError::not_found());
    };
    if attempts >= codes::MAX_ATTEMPTS {
        return Err(too_many_attempts());
    }
    if now >= expires_at {
        return Err(code_expired());
    }
    if codes::same(&hash, &codes::code_hash(id, code)) {
        tx.execute(&format!("UPDATE {table} SET verified_at = ?2 WHERE id = ?1"), params![id, now])?;
        Ok(())
    } else {
        tx.execute(&format!("UPDATE {table} SET attempts = attempts + 1 WHERE id = ?1"), [id])?;
        Err(invalid_code())
    }
}

async fn verify_reset(
    State(state): State<AppState>,
    Path(reset_id): Path<String>,
    ApiJson(req): ApiJson<VerifyRequest>,
) -> Result<Json<Verified>, ApiError> {
    code_shape(&req.code)?;
    let now = crate::time::now();
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let result = check_code(&tx, "password_resets", &reset_id, &req.code, now);
            tx.commit()?;
            result
        })
        .await?;
    Ok(Json(Verified { verified: true, attributes: Attributes::of("PasswordResetVerification") }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CompleteResetRequest {
    pub new_password: String,
}

/// (user id, expires at, verified at, completed at, user principal name) of a reset.
type ResetRow = (Option<String>, i64, Option<i64>, Option<i64>, Option<String>);

async fn complete_reset(
    State(state): State<AppState>,
    Path(reset_id): Path<String>,
    ApiJson(req): ApiJson<CompleteResetRequest>,
) -> Result<Response, ApiError> {
    let now = crate::time::now();
    let rid = reset_id.clone();
    // (user id, user name) of a verified, unfinished, unexpired reset.
    let (user_id, upn) = state
        .db
        .call(move |c| {
            let row: Option<ResetRow> = c
                .query_row(
                    "SELECT r.user_id, r.expires_at, r.verified_at, r.completed_at, u.user_principal_name
                     FROM password_resets r LEFT JOIN users u ON u.id = r.user_id WHERE r.id = ?1",
                    [&rid],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            let Some((user, expires_at, verified, completed, upn)) = row else {
                return Err(ApiError::not_found());
            };
            if completed.is_some() {
                return Err(ApiError::conflict("invalid_state", "This password reset is already complete."));
            }
            if verified.is_none() {
                return Err(ApiError::conflict("not_verified", "Verify the code first."));
            }
            // Saturating: `expires_at` is stored data.
            if now >= expires_at.saturating_add(RESET_TTL_SECS) {
                return Err(code_expired());
            }
            match (user, upn) {
                (Some(u), Some(n)) => Ok((u, n)),
                _ => Err(ApiError::not_found()),
            }
        })
        .await?;
    if let Some(e) = weak_password("newPassword", &req.new_password, &upn) {
        return Err(ApiError::validation_failed(vec![e]));
    }
    let hash = hash_blocking(&state, req.new_password).await?;
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let n = tx.execute(
                "UPDATE password_resets SET completed_at = ?2 WHERE id = ?1 AND completed_at IS NULL",
                params![reset_id, now],
            )?;
            if n == 0 {
                return Err(ApiError::conflict("invalid_state", "This password reset is already complete."));
            }
            tx.execute("UPDATE users SET password_hash = ?2 WHERE id = ?1", params![user_id, hash])?;
            tx.execute("DELETE FROM sessions WHERE user_id = ?1", [&user_id])?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use proptest::prelude::*;

    /// The admin's display name: the app's name order (one function in the shared rules). Korean
    /// names used to come out given name first with a space ("민준 김").
    #[test]
    fn display_names_follow_the_shared_name_order() {
        assert_eq!(display_name("立华", "王"), "王立华");
        assert_eq!(display_name("민준", "김"), "김민준");
        assert_eq!(display_name("John", "Smith"), "John Smith");
        assert_eq!(display_name(" Mei ", " Lin "), "Mei Lin");
        for (first, last) in [("立华", "王"), ("민준", "김"), ("John", "Smith"), ("Léa", "Fontaine")] {
            assert_eq!(display_name(first, last), partner_center_rules::name::full_name(first, last));
        }
    }

    #[test]
    fn organization_domains_are_the_shared_label_and_the_cloud_suffix() {
        assert!(is_organization_domain("lanhai-data.partner.onmschina.cn", Cloud::China));
        assert!(is_organization_domain("contoso.onmicrosoft.com", Cloud::Global));
        assert!(!is_organization_domain("contoso.onmicrosoft.com", Cloud::China));
        for bad in ["ab", "-abc", "Contoso", "con.toso", "con_toso", ""] {
            assert!(!is_organization_domain(&format!("{bad}.onmicrosoft.com"), Cloud::Global), "{bad}");
        }
    }

    /// Every rule of the account requests on one value.
    fn every_rule(value: &str, other: &str) {
        let _ = (is_organization_domain(value, Cloud::China), is_organization_domain(value, Cloud::Global));
        let _ = (work_account::user_name(value), display_name(value, other));
        let _ = weak_password("password", value, other);
        for cloud in [Cloud::China, Cloud::Global] {
            if let Err(e) = phone::normalise(cloud, "phoneNumber", value) {
                assert_eq!(e.status, StatusCode::BAD_REQUEST);
            }
        }
        if let Err(e) = code_shape(value) {
            assert_eq!(e.status, StatusCode::BAD_REQUEST);
        }
        assert!(codes::same(&codes::code_hash(value, other), &codes::code_hash(value, other.trim())));
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_account_input_is_checked(value in strategies::text(), other in strategies::text()) {
            every_rule(&value, &other);
            prop_assert_eq!(code_shape(&value).is_ok(), {
                let c = value.trim();
                c.len() == 6 && c.bytes().all(|b| b.is_ascii_digit())
            });
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_account_input(value in strategies::long()) {
            every_rule(&value, &value);
            prop_assert!(work_account::domain_label(&value).is_err());
            prop_assert!(!is_organization_domain(&value, Cloud::China) && !is_organization_domain(&value, Cloud::Global));
            prop_assert!(work_account::user_name(&value).is_err() && code_shape(&value).is_err());
            prop_assert!(weak_password("password", &value, "admin").is_some());
        }
    }
}
