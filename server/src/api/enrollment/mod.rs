//! Program enrollment for the signed-in partner: the 21Vianet CSP reseller program (China cloud)
//! and the indirect reseller program (global cloud). The server enforces the state machine
//!
//! ```text
//! none → draft → pending_review → credit_check (china) → approved | rejected
//! none → draft → pending_email_verification (global) → pending_review → approved | rejected
//! rejected → draft (fix and submit again)
//! approved → agreement_accepted → provisioning → active
//! ```
//!
//! The 21Vianet program's own parts (its telephone challenge in the draft and the submission,
//! the business licence code, its agreement) belong to the China cloud: elsewhere a request
//! carrying them answers 403 `not_available_in_cloud`.
//!
//! Only the review operator (`review`, the `review` command) and the demo auto-approver move an
//! enrollment out of pending_review / credit_check. Provisioning completes after
//! `PC_PROVISIONING_SECONDS` (default 60), checked lazily when the status is read.

pub mod gate;
mod global;
pub mod provisioning;
pub mod review;
mod submit;

use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::api::resource::Attributes;
use crate::auth::{Role, SessionInfo, SignedIn};
use crate::concurrency::{check_if_match, etag, etag_header};
use crate::error::{ApiError, FieldError};
use crate::extract::ApiBody;
use crate::settings::Cloud;
use crate::state::AppState;

pub use gate::{program_gate, require_active_program};
pub use global::{EMAIL_LINK_DEFAULT_SECS, PMC_DEMO_PASSWORD, PMC_DEMO_USER, PMC_ORGANIZATIONS, email_link_secs};
pub use provisioning::{advance_provisioning, program_status, provisioning_secs, set_program_status};
pub use review::{Decision, auto_approve_loop};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/enrollment", get(get_status).post(submit::submit))
        .route("/enrollment/draft", get(get_draft).put(put_draft))
        .route("/enrollment/agreement", post(accept_agreement))
        .merge(global::routes())
}

pub const ENROLLMENT_ROLES: &[Role] = &[Role::GlobalAdmin];

/// The program of a cloud.
pub fn program(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::China => "china_csp_reseller",
        Cloud::Global => "indirect_reseller",
    }
}

pub struct AgreementInfo {
    pub title: &'static str,
    pub version: &'static str,
    pub url: &'static str,
}

pub fn agreement_of(program: &str) -> AgreementInfo {
    if program == "china_csp_reseller" {
        AgreementInfo {
            title: "21Vianet CSP Reseller Agreement",
            version: "2018.10",
            url: "https://www.21vbluecloud.com/ostpt/",
        }
    } else {
        AgreementInfo {
            title: "Microsoft Partner Agreement",
            version: "2024.05",
            url: "https://aka.ms/partneragreement",
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Agreement {
    pub title: &'static str,
    pub version: &'static str,
    pub url: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_by: Option<AcceptedBy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AcceptedBy {
    pub user_id: String,
    pub display_name: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    pub field: String,
    pub code: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EnrollmentStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub program: &'static str,
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mpn_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rejection_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub submitted_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Agreement>,
    pub vetting_status: &'static str,
    pub vetting_sub_status: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// Global program: the step the partner is at (`pmc_sign_in`, `mpn_association`, `submit`,
    /// `email_verification`, `review`, `agreement`, `provisioning`, `done`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<&'static str>,
    /// Global program: the primary contact's e-mail verification, once a link was sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_verification: Option<global::EmailVerification>,
    pub attributes: Attributes,
}

/// (vettingStatus, vettingSubStatus) for a status, in the style of Partner Center's
/// verification status (none / in_progress / authorized / rejected).
pub fn vetting(status: &str) -> (&'static str, &'static str) {
    match status {
        "pending_email_verification" => ("in_progress", "awaiting_email_verification"),
        "pending_review" => ("in_progress", "awaiting_review"),
        "credit_check" => ("in_progress", "credit_check"),
        "approved" => ("authorized", "agreement_pending"),
        "agreement_accepted" | "provisioning" => ("authorized", "provisioning"),
        "active" => ("authorized", "complete"),
        "rejected" => ("rejected", "rejected"),
        _ => ("none", "not_submitted"),
    }
}

/// The stored enrollment row.
pub struct Row {
    pub id: String,
    pub program: String,
    pub status: String,
    pub version: i64,
    pub draft: Option<String>,
    pub draft_version: i64,
    pub mpn_id: Option<String>,
    pub rejection_reason: Option<String>,
    pub submitted_at: Option<i64>,
    pub decided_at: Option<i64>,
    pub accepted_by_id: Option<String>,
    pub accepted_by_name: Option<String>,
    pub accepted_at: Option<i64>,
}

pub fn load(conn: &Connection, partner_id: &str) -> Result<Option<Row>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT id, program, status, version, draft, draft_version, mpn_id, rejection_reason, submitted_at,
                    decided_at, accepted_by_id, accepted_by_name, accepted_at
             FROM enrollments WHERE partner_id = ?1",
            [partner_id],
            |r| {
                Ok(Row {
                    id: r.get(0)?,
                    program: r.get(1)?,
                    status: r.get(2)?,
                    version: r.get(3)?,
                    draft: r.get(4)?,
                    draft_version: r.get(5)?,
                    mpn_id: r.get(6)?,
                    rejection_reason: r.get(7)?,
                    submitted_at: r.get(8)?,
                    decided_at: r.get(9)?,
                    accepted_by_id: r.get(10)?,
                    accepted_by_name: r.get(11)?,
                    accepted_at: r.get(12)?,
                })
            },
        )
        .optional()?)
}

pub fn status_of(cloud: Cloud, row: Option<&Row>) -> EnrollmentStatus {
    let Some(row) = row else {
        let (v, s) = vetting("none");
        return EnrollmentStatus {
            id: None,
            program: program(cloud),
            status: "none".into(),
            mpn_id: None,
            rejection_reason: None,
            submitted_at: None,
            decided_at: None,
            agreement: None,
            vetting_status: v,
            vetting_sub_status: s,
            warnings: Vec::new(),
            next_step: None,
            email_verification: None,
            attributes: Attributes { etag: Some(etag("enrollment-none", 0)), object_type: "Enrollment" },
        };
    };
    let shows_agreement = matches!(row.status.as_str(), "approved" | "agreement_accepted" | "provisioning" | "active");
    let info = agreement_of(&row.program);
    let (v, s) = vetting(&row.status);
    EnrollmentStatus {
        id: Some(row.id.clone()),
        program: if row.program == "china_csp_reseller" { "china_csp_reseller" } else { "indirect_reseller" },
        status: row.status.clone(),
        mpn_id: row.mpn_id.clone(),
        rejection_reason: row.rejection_reason.clone(),
        submitted_at: row.submitted_at.map(crate::time::rfc3339),
        decided_at: row.decided_at.map(crate::time::rfc3339),
        agreement: shows_agreement.then(|| Agreement {
            title: info.title,
            version: info.version,
            url: info.url,
            accepted_by: match (&row.accepted_by_id, &row.accepted_by_name) {
                (Some(id), Some(name)) => Some(AcceptedBy { user_id: id.clone(), display_name: name.clone() }),
                _ => None,
            },
            accepted_at: row.accepted_at.map(crate::time::rfc3339),
        }),
        vetting_status: v,
        vetting_sub_status: s,
        warnings: Vec::new(),
        next_step: None,
        email_verification: None,
        attributes: Attributes { etag: Some(etag(&row.id, row.version)), object_type: "Enrollment" },
    }
}

fn with_etag(status: EnrollmentStatus, code: StatusCode) -> Response {
    let tag = status.attributes.etag.clone().unwrap_or_default();
    (code, [(header::ETAG, etag_header(&tag))], Json(status)).into_response()
}

/// Reads the partner's enrollment (advancing provisioning on the way).
pub async fn current(state: &AppState, session: &SessionInfo) -> Result<EnrollmentStatus, ApiError> {
    let partner = session.partner.id.clone();
    let cloud = session.cloud();
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            advance_provisioning(&tx, &partner, crate::time::now())?;
            let row = load(&tx, &partner)?;
            let status = with_journey(&tx, &partner, cloud, status_of(cloud, row.as_ref()))?;
            tx.commit()?;
            Ok(status)
        })
        .await
}

/// The global program's journey on top of a status: the next step, and the primary contact's
/// verification link (never its token).
pub fn with_journey(
    conn: &Connection,
    partner_id: &str,
    cloud: Cloud,
    mut status: EnrollmentStatus,
) -> Result<EnrollmentStatus, ApiError> {
    if cloud != Cloud::Global || status.program != "indirect_reseller" {
        return Ok(status);
    }
    status.next_step = Some(match status.status.as_str() {
        "none" | "draft" | "rejected" => match global::steps(conn, partner_id)? {
            None => "pmc_sign_in",
            Some(s) if s.mpn_id.is_none() => "mpn_association",
            Some(_) => "submit",
        },
        "pending_email_verification" => "email_verification",
        "pending_review" | "credit_check" => "review",
        "approved" => "agreement",
        "agreement_accepted" | "provisioning" => "provisioning",
        _ => "done",
    });
    if !matches!(status.status.as_str(), "none" | "draft") {
        status.email_verification =
            global::latest_link(conn, partner_id)?.map(|l| global::EmailVerification::of(&l, None));
    }
    Ok(status)
}

async fn get_status(State(state): State<AppState>, SignedIn(session): SignedIn) -> Result<Response, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    Ok(with_etag(current(&state, &session).await?, StatusCode::OK))
}

/// Top-level keys the wizard may keep in its draft (non-secret fields only).
pub const DRAFT_KEYS: &[&str] = &[
    "step",
    "mpnId",
    "pmcOrganization",
    "legalBusinessProfile",
    "approvalContact",
    "supportProfile",
    "phoneNumber",
    "phoneChallengeId",
    "organization",
    "notes",
];
pub const DRAFT_MAX_BYTES: usize = 64 * 1024;
/// Draft keys of the 21Vianet CSP reseller program's own wizard step, the telephone challenge:
/// the global cloud's program has none.
pub const CHINA_ONLY_DRAFT_KEYS: &[&str] = &["phoneNumber", "phoneChallengeId"];

/// Whether a value was really sent: not null, not a blank string.
fn sent(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::String(s) => !s.trim().is_empty(),
        _ => true,
    }
}

/// The China-only keys a draft for `cloud` carries (none in the China cloud).
pub fn china_only_draft_keys(cloud: Cloud, draft: &serde_json::Map<String, Value>) -> Vec<String> {
    if cloud == Cloud::China {
        return Vec::new();
    }
    CHINA_ONLY_DRAFT_KEYS.iter().filter(|k| draft.get(**k).is_some_and(sent)).map(|k| k.to_string()).collect()
}

/// 403 `not_available_in_cloud`: the request carries the 21Vianet CSP reseller program's own
/// fields (named in `data`) outside the China cloud, where that program does not exist.
pub fn china_program_only(fields: &[String]) -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "not_available_in_cloud",
        "The 21Vianet CSP reseller program is available only in the China cloud (Partner Center operated by 21Vianet).",
    )
    .with_data(
        fields
            .iter()
            .map(|f| {
                FieldError::new(f.clone(), "not_available_in_cloud", "Only the China cloud's program has this field.")
            })
            .collect(),
    )
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Draft {
    pub draft: Value,
    pub status: String,
    pub attributes: Attributes,
}

fn draft_etag(enrollment_id: &str, draft_version: i64) -> String {
    etag(&format!("{enrollment_id}/draft"), draft_version)
}

async fn get_draft(State(state): State<AppState>, SignedIn(session): SignedIn) -> Result<Response, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    let partner = session.partner.id.clone();
    let row = state.db.call(move |c| load(c, &partner)).await?;
    let Some(row) = row else { return Err(ApiError::not_found()) };
    let Some(text) = row.draft.as_deref() else { return Err(ApiError::not_found()) };
    let draft: Value = serde_json::from_str(text).map_err(ApiError::internal_from)?;
    let tag = draft_etag(&row.id, row.draft_version);
    let body = Draft {
        draft,
        status: row.status,
        attributes: Attributes { etag: Some(tag.clone()), object_type: "EnrollmentDraft" },
    };
    Ok(([(header::ETAG, etag_header(&tag))], Json(body)).into_response())
}

async fn put_draft(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    headers: HeaderMap,
    body: ApiBody<Value>,
) -> Result<Response, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    let draft = body.parse()?;
    let Value::Object(map) = &draft else {
        return Err(ApiError::invalid_body(vec![FieldError::new(
            "$",
            "invalid_type",
            "The draft must be a JSON object.",
        )]));
    };
    let unknown: Vec<FieldError> = map
        .keys()
        .filter(|k| !DRAFT_KEYS.contains(&k.as_str()))
        .map(|k| FieldError::new(k.clone(), "unknown_field", "This field is not part of the enrollment draft."))
        .collect();
    if !unknown.is_empty() {
        return Err(ApiError::invalid_body(unknown));
    }
    let china_only = china_only_draft_keys(session.cloud(), map);
    if !china_only.is_empty() {
        return Err(china_program_only(&china_only));
    }
    let text = serde_json::to_string(&draft).map_err(ApiError::internal_from)?;
    if text.len() > DRAFT_MAX_BYTES {
        return Err(ApiError::body_too_large());
    }
    let partner = session.partner.id.clone();
    let program = program(session.cloud());
    let now = crate::time::now();
    let (id, version) = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let row = load(&tx, &partner)?;
            let result = match row {
                None => {
                    // No draft yet: only `If-Match: *` matches.
                    check_if_match(&headers, "")?;
                    let id = uuid::Uuid::new_v4().to_string();
                    tx.execute(
                        "INSERT INTO enrollments (id, partner_id, program, status, draft, draft_version, created_at, status_changed_at)
                         VALUES (?1, ?2, ?3, 'draft', ?4, 1, ?5, ?5)",
                        params![id, partner, program, text, now],
                    )?;
                    (id, 1)
                }
                Some(row) => {
                    let current = if row.draft.is_some() { draft_etag(&row.id, row.draft_version) } else { String::new() };
                    check_if_match(&headers, &current)?;
                    if !matches!(row.status.as_str(), "draft" | "rejected") {
                        return Err(ApiError::conflict(
                            "invalid_state",
                            "The enrollment has been submitted; the draft can no longer change.",
                        ));
                    }
                    tx.execute(
                        "UPDATE enrollments SET draft = ?2, draft_version = draft_version + 1, status = 'draft',
                            version = version + (status <> 'draft'), status_changed_at = ?3 WHERE id = ?1",
                        params![row.id, text, now],
                    )?;
                    (row.id, row.draft_version.saturating_add(1))
                }
            };
            tx.commit()?;
            Ok(result)
        })
        .await?;
    let tag = draft_etag(&id, version);
    let body = Draft {
        draft,
        status: "draft".into(),
        attributes: Attributes { etag: Some(tag.clone()), object_type: "EnrollmentDraft" },
    };
    Ok(([(header::ETAG, etag_header(&tag))], Json(body)).into_response())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgreementRequest {
    pub accept: bool,
}

async fn accept_agreement(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    body: ApiBody<AgreementRequest>,
) -> Result<Response, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    let req = body.parse()?;
    if !req.accept {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "confirmation_required",
            "Accept the agreement to continue.",
        )
        .with_data(vec![FieldError::new("accept", "confirmation_required", "Must be true.")]));
    }
    let partner = session.partner.id.clone();
    let (user_id, name) = (session.user.id.clone(), session.user.display_name.clone());
    let cloud = session.cloud();
    let now = crate::time::now();
    let status = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let Some(row) = load(&tx, &partner)? else {
                return Err(ApiError::conflict(
                    "invalid_state",
                    "Enroll and wait for approval before accepting the agreement.",
                ));
            };
            // An enrollment in another cloud's program (the 21Vianet agreement outside China, say)
            // is not this cloud's to accept.
            if row.program != program(cloud) {
                return Err(ApiError::not_in_cloud());
            }
            if row.status != "approved" {
                return Err(ApiError::conflict(
                    "invalid_state",
                    format!(
                        "The agreement can be accepted only once the enrollment is approved (it is {}).",
                        row.status
                    ),
                ));
            }
            tx.execute(
                "UPDATE enrollments SET status = 'agreement_accepted', version = version + 1, status_changed_at = ?2,
                    accepted_by_id = ?3, accepted_by_name = ?4, accepted_at = ?2 WHERE id = ?1",
                params![row.id, now, user_id, name],
            )?;
            let row = load(&tx, &partner)?;
            tx.commit()?;
            Ok(status_of(cloud, row.as_ref()))
        })
        .await?;
    Ok(with_etag(status, StatusCode::OK))
}
