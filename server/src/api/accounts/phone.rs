//! `/v1/phonechallenges`: a code sent to a telephone number and typed back. The telephone
//! challenge is a step of the 21Vianet CSP reseller program's enrollment (China cloud only; a
//! China number): the global cloud's journey has none, so there every operation here answers
//! 403 `not_available_in_cloud`.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use partner_center_rules::phone;
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{Verified, VerifyRequest, check_code, code_shape, codes};
use crate::api::resource::Attributes;
use crate::auth::SignedIn;
use crate::error::{ApiError, FieldError};
use crate::extract::ApiJson;
use crate::middleware::idempotency::SecretAnswer;
use crate::settings::Cloud;
use crate::state::AppState;

pub const CHALLENGE_TTL_SECS: i64 = 5 * 60;
pub const RESEND_AFTER_SECS: i64 = 30;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/phonechallenges", post(create))
        .route("/phonechallenges/{challenge_id}/resend", post(resend))
        .route("/phonechallenges/{challenge_id}/verify", post(verify))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreateRequest {
    pub phone_number: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneChallenge {
    pub challenge_id: String,
    pub phone_number: String,
    pub expires_at: String,
    pub resend_available_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debug_code: Option<String>,
    pub attributes: Attributes,
}

/// 403 `not_available_in_cloud` outside the China cloud: the telephone challenge is the 21Vianet
/// program's step.
fn china_only(session: &crate::auth::SessionInfo) -> Result<(), ApiError> {
    session.require_cloud(Cloud::China).map_err(|_| {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "not_available_in_cloud",
            "The telephone challenge is a step of the 21Vianet CSP reseller program, available only in the China cloud (Partner Center operated by 21Vianet).",
        )
    })
}

/// The normalised number, or 400 (`invalid_china_phone` in the China cloud, `invalid_format` else).
pub fn normalise(cloud: Cloud, field: &str, raw: &str) -> Result<String, ApiError> {
    match cloud {
        Cloud::China => phone::china_national(raw).map_err(|_| {
            ApiError::validation_failed(vec![FieldError::new(
                field,
                "invalid_china_phone",
                "Enter a China mobile number (11 digits starting 13–19) or a landline with its area code.",
            )])
        }),
        Cloud::Global => phone::e164(raw).map_err(|_| {
            ApiError::validation_failed(vec![FieldError::new(
                field,
                "invalid_format",
                "Enter the number in international format, e.g. +1 425 555 0100.",
            )])
        }),
    }
}

async fn create(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    ApiJson(req): ApiJson<CreateRequest>,
) -> Result<Response, ApiError> {
    china_only(&session)?;
    let number = normalise(session.cloud(), "phoneNumber", &req.phone_number)?;
    let id = uuid::Uuid::new_v4().to_string();
    let code = codes::new_code()?;
    let hash = codes::code_hash(&id, &code);
    let now = crate::time::now();
    let (cid, n) = (id.clone(), number.clone());
    state
        .db
        .call(move |c| {
            c.execute(
                "INSERT INTO phone_challenges (id, partner_id, user_id, phone_number, code_hash, created_at, expires_at, resend_available_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![cid, session.partner.id, session.user.id, n, hash, now, now + CHALLENGE_TTL_SECS, now + RESEND_AFTER_SECS],
            )?;
            Ok(())
        })
        .await?;
    let debug_code = codes::deliver("phone_challenge", &id, &number, &code);
    Ok(challenge_response(StatusCode::CREATED, id, number, now, debug_code))
}

/// A new code for the same challenge, at most every 30 s (429 with Retry-After before that).
async fn resend(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    china_only(&session)?;
    let code = codes::new_code()?;
    let hash = codes::code_hash(&id, &code);
    let now = crate::time::now();
    let cid = id.clone();
    let number = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let row: Option<(String, i64, Option<i64>)> = tx
                .query_row(
                    "SELECT phone_number, resend_available_at, verified_at FROM phone_challenges WHERE id = ?1 AND partner_id = ?2",
                    params![cid, session.partner.id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            let Some((number, available_at, verified)) = row else { return Err(ApiError::not_found()) };
            if verified.is_some() {
                return Err(ApiError::conflict("already_verified", "This number is already verified."));
            }
            if now < available_at {
                let wait = available_at.saturating_sub(now).max(1);
                return Err(ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "resend_too_soon",
                    format!("Wait {wait} seconds before asking for a new code."),
                )
                .with_header(header::RETRY_AFTER, HeaderValue::from(wait)));
            }
            tx.execute(
                "UPDATE phone_challenges SET code_hash = ?2, attempts = 0, expires_at = ?3, resend_available_at = ?4 WHERE id = ?1",
                params![cid, hash, now + CHALLENGE_TTL_SECS, now + RESEND_AFTER_SECS],
            )?;
            tx.commit()?;
            Ok(number)
        })
        .await?;
    let debug_code = codes::deliver("phone_challenge", &id, &number, &code);
    Ok(challenge_response(StatusCode::OK, id, number, now, debug_code))
}

/// The challenge; an answer carrying `debugCode` is a secret shown once, so a replay keeps it in
/// memory only, never in the database.
fn challenge_response(
    status: StatusCode,
    id: String,
    number: String,
    now: i64,
    debug_code: Option<String>,
) -> Response {
    let secret = debug_code.is_some();
    let body = PhoneChallenge {
        challenge_id: id,
        phone_number: number,
        expires_at: crate::time::rfc3339(now + CHALLENGE_TTL_SECS),
        resend_available_at: crate::time::rfc3339(now + RESEND_AFTER_SECS),
        debug_code,
        attributes: Attributes::of("PhoneChallenge"),
    };
    let mut res = (status, Json(body)).into_response();
    if secret {
        res.extensions_mut().insert(SecretAnswer);
    }
    res
}

async fn verify(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
    ApiJson(req): ApiJson<VerifyRequest>,
) -> Result<Json<Verified>, ApiError> {
    china_only(&session)?;
    code_shape(&req.code)?;
    let now = crate::time::now();
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let mine: Option<Option<i64>> = tx
                .query_row(
                    "SELECT verified_at FROM phone_challenges WHERE id = ?1 AND partner_id = ?2",
                    params![id, session.partner.id],
                    |r| r.get(0),
                )
                .optional()?;
            match mine {
                None => return Err(ApiError::not_found()),
                Some(Some(_)) => return Ok(()),
                Some(None) => {}
            }
            let result = check_code(&tx, "phone_challenges", &id, &req.code, now);
            tx.commit()?;
            result
        })
        .await?;
    Ok(Json(Verified { verified: true, attributes: Attributes::of("PhoneChallengeVerification") }))
}

/// Whether `id` is a verified challenge of the partner (enrollment submit in the China cloud).
pub fn is_verified(conn: &rusqlite::Connection, partner_id: &str, id: &str) -> Result<bool, ApiError> {
    Ok(conn
        .query_row(
            "SELECT verified_at IS NOT NULL FROM phone_challenges WHERE id = ?1 AND partner_id = ?2",
            params![id, partner_id],
            |r| r.get::<_, bool>(0),
        )
        .optional()?
        .unwrap_or(false))
}
