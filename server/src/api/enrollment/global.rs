//! The global indirect reseller journey's own steps, in the order the server enforces:
//!
//! ```text
//! PMC sign-in → organization (MPN ID) chosen → legal business profile, primary contact and
//! support (the submission) → Enroll now → primary-contact e-mail verification → review
//! ```
//!
//! - `POST /v1/enrollment/pmc/signin`: the simulated Partner Membership Center directory.
//! - `POST /v1/enrollment/mpn`: the organization whose MPN ID the enrollment uses. It must be an
//!   *active* organization profile located in the *same country/region as the tenant* (checked
//!   here and again at submit).
//! - `POST /v1/enrollment/emailverification` (re)sends the primary contact's link;
//!   `POST /v1/enrollment/emailverification/{token}/verify` uses it. A link is single-use,
//!   expires after `PC_EMAIL_LINK_SECONDS` (default 7 days), and a newer link supersedes older
//!   ones. Only the token's sha256 is stored; with `PC_EXPOSE_CODES=1` the answers carry the
//!   token and the link (`debugToken`, `debugUrl`), for test environments only.
//!
//! A later step called before an earlier one answers 409 `step_required`, naming the missing
//! step in `data[0].field`. Every endpoint here is the global cloud's; the China cloud answers
//! 403 `not_available_in_cloud`.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use partner_center_rules::{account, contact};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{ENROLLMENT_ROLES, load};
use crate::api::resource::Attributes;
use crate::auth::{Role, SignedIn};
use crate::error::{ApiError, FieldError};
use crate::extract::ApiBody;
use crate::middleware::idempotency::SecretAnswer;
use crate::settings::Cloud;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/enrollment/pmc/signin", post(pmc_sign_in))
        .route("/enrollment/mpn", post(associate_mpn))
        .route("/enrollment/emailverification", post(resend_link))
        .route("/enrollment/emailverification/{token}/verify", post(verify_link))
}

/// Partner Membership Center demo sign-in (documented demo credentials).
pub const PMC_DEMO_USER: &str = "pmc@fabrikam.com";
pub const PMC_DEMO_PASSWORD: &str = "Partner-Demo-2026";
/// Seconds a link to verify the primary contact's e-mail stays valid (env `PC_EMAIL_LINK_SECONDS`).
pub const EMAIL_LINK_DEFAULT_SECS: i64 = 7 * 86_400;
/// The shortest wait between two links for the same enrollment.
pub const RESEND_AFTER_SECS: i64 = 30;
/// Anyone signed in to the partner may verify: the link is the proof, not the role.
pub const VERIFY_ROLES: &[Role] = &Role::ALL;

/// An organization profile of the demo PMC account.
pub struct PmcOrg {
    pub mpn_id: &'static str,
    pub name: &'static str,
    pub country: &'static str,
    pub status: &'static str,
}

/// The demo PMC account's organizations: one active in the United States (the default tenant
/// country of the global cloud), one active in France, one inactive (Korea), one inactive in the
/// United States.
pub const PMC_ORGANIZATIONS: &[PmcOrg] = &[
    PmcOrg { mpn_id: "4567890", name: "Fabrikam, Inc.", country: "US", status: "active" },
    PmcOrg { mpn_id: "4567891", name: "Fabrikam France SAS", country: "FR", status: "active" },
    PmcOrg { mpn_id: "4567892", name: "Fabrikam Korea Ltd.", country: "KR", status: "inactive" },
    PmcOrg { mpn_id: "4567893", name: "Fabrikam Government Services", country: "US", status: "inactive" },
];

pub fn pmc_org(mpn_id: &str) -> Option<&'static PmcOrg> {
    PMC_ORGANIZATIONS.iter().find(|o| o.mpn_id == mpn_id.trim())
}

/// The country/region of the partner's tenant: the one given at "Create one", else the
/// organization profile's address, else the cloud's default.
pub fn tenant_country(conn: &Connection, partner_id: &str, cloud: Cloud) -> Result<String, ApiError> {
    let given: Option<Option<String>> = conn
        .query_row("SELECT country FROM work_accounts WHERE partner_id = ?1", [partner_id], |r| r.get(0))
        .optional()?;
    if let Some(Some(c)) = given {
        return Ok(c);
    }
    let profile: Option<String> = conn
        .query_row(
            "SELECT json_extract(body, '$.defaultAddress.country') FROM partner_profiles
             WHERE partner_id = ?1 AND profile_type = 'organization_profile'",
            [partner_id],
            |r| r.get::<_, Option<String>>(0),
        )
        .optional()?
        .flatten();
    Ok(profile
        .map(|c| c.trim().to_ascii_uppercase())
        .filter(|c| account::country(c).is_ok())
        .unwrap_or_else(|| cloud.home_country().to_string()))
}

/// Why an organization cannot be the enrollment's: None when it is active and in the tenant's
/// country/region.
pub fn org_problem(org: &PmcOrg, tenant_country: &str) -> Option<FieldError> {
    if org.status != "active" {
        Some(FieldError::new(
            "mpnId",
            "mpn_organization_inactive",
            format!(
                "The organization profile of MPN ID {} is not active. Select the MPN ID associated with an active organization profile that's located in the same country/region as your Azure AD tenant.",
                org.mpn_id
            ),
        ))
    } else if !org.country.eq_ignore_ascii_case(tenant_country) {
        Some(FieldError::new(
            "mpnId",
            "mpn_country_mismatch",
            format!(
                "The organization profile of MPN ID {} is located in {}, but your Azure AD tenant is in {}. Select the MPN ID associated with an active organization profile that's located in the same country/region as your Azure AD tenant.",
                org.mpn_id, org.country, tenant_country
            ),
        ))
    } else {
        None
    }
}

/// 409 `step_required`: `step` (named in `data[0].field`) has to come first.
pub fn step_required(step: &str, description: &str) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, "step_required", description.to_string()).with_data(vec![FieldError::new(
        step,
        "step_required",
        description.to_string(),
    )])
}

pub fn pmc_step_missing() -> ApiError {
    step_required("pmcSignIn", "Sign in to Partner Membership Center first, to link your MPN ID.")
}

pub fn mpn_step_missing() -> ApiError {
    step_required("mpnId", "Select the organization profile that has your MPN ID first.")
}

/// The PMC sign-in (the row exists) and the MPN ID chosen, if any.
pub struct Steps {
    pub mpn_id: Option<String>,
}

pub fn steps(conn: &Connection, partner_id: &str) -> Result<Option<Steps>, ApiError> {
    Ok(conn
        .query_row("SELECT mpn_id FROM enrollment_steps WHERE partner_id = ?1", [partner_id], |r| {
            Ok(Steps { mpn_id: r.get(0)? })
        })
        .optional()?)
}

/// The submit's checks of the steps before it (global program): PMC signed in, an organization
/// chosen, the submission naming that organization's MPN ID, and the organization still active
/// and in the tenant's country/region.
pub fn check_before_submit(conn: &Connection, partner_id: &str, mpn_id: &str) -> Result<(), ApiError> {
    let Some(steps) = steps(conn, partner_id)? else { return Err(pmc_step_missing()) };
    let Some(chosen) = steps.mpn_id else { return Err(mpn_step_missing()) };
    if chosen != mpn_id.trim() {
        return Err(ApiError::validation_failed(vec![FieldError::new(
            "mpnId",
            "mpn_not_associated",
            format!("Use the MPN ID of the organization profile you selected ({chosen}), or select another one."),
        )]));
    }
    let Some(org) = pmc_org(&chosen) else { return Err(mpn_step_missing()) };
    let tenant = tenant_country(conn, partner_id, Cloud::Global)?;
    match org_problem(org, &tenant) {
        Some(e) => Err(ApiError::validation_failed(vec![e])),
        None => Ok(()),
    }
}

/// Whether the enrollment is past its submission (the steps before it can no longer change).
fn submitted(conn: &Connection, partner_id: &str) -> Result<bool, ApiError> {
    Ok(load(conn, partner_id)?.is_some_and(|r| !matches!(r.status.as_str(), "draft" | "rejected")))
}

fn already_submitted() -> ApiError {
    ApiError::conflict("invalid_state", "The enrollment has been submitted; its organization can no longer change.")
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PmcSignIn {
    pub user_name: String,
    pub password: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PmcOrganization {
    pub mpn_id: &'static str,
    pub name: &'static str,
    pub country: &'static str,
    pub status: &'static str,
    /// Whether it may be selected: active and in the tenant's country/region.
    pub eligible: bool,
    /// Why not: `mpn_organization_inactive` or `mpn_country_mismatch`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ineligible_reason: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PmcOrganizations {
    pub organizations: Vec<PmcOrganization>,
    pub tenant_country: String,
    pub attributes: Attributes,
}

async fn pmc_sign_in(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    body: ApiBody<PmcSignIn>,
) -> Result<Json<PmcOrganizations>, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    session.require_cloud(Cloud::Global)?;
    let req = body.parse()?;
    crate::validate::Validator::new()
        .length("userName", req.user_name.trim(), 1, 256)
        .length("password", &req.password, 1, 256)
        .finish()?;
    if !req.user_name.trim().eq_ignore_ascii_case(PMC_DEMO_USER) || req.password != PMC_DEMO_PASSWORD {
        return Err(ApiError::invalid_credentials());
    }
    let partner = session.partner.id.clone();
    let user = req.user_name.trim().to_ascii_lowercase();
    let now = crate::time::now();
    let tenant = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            if submitted(&tx, &partner)? {
                return Err(already_submitted());
            }
            // A new sign-in starts the organization choice again.
            tx.execute(
                "INSERT INTO enrollment_steps (partner_id, pmc_user, pmc_signed_in_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (partner_id) DO UPDATE SET pmc_user = excluded.pmc_user,
                    pmc_signed_in_at = excluded.pmc_signed_in_at, mpn_id = NULL, mpn_associated_at = NULL",
                params![partner, user, now],
            )?;
            let tenant = tenant_country(&tx, &partner, Cloud::Global)?;
            tx.commit()?;
            Ok(tenant)
        })
        .await?;
    let organizations = PMC_ORGANIZATIONS
        .iter()
        .map(|o| {
            let problem = org_problem(o, &tenant);
            PmcOrganization {
                mpn_id: o.mpn_id,
                name: o.name,
                country: o.country,
                status: o.status,
                eligible: problem.is_none(),
                ineligible_reason: problem.map(|p| p.code.to_string()),
            }
        })
        .collect();
    Ok(Json(PmcOrganizations { organizations, tenant_country: tenant, attributes: Attributes::of("PmcOrganizations") }))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AssociateRequest {
    pub mpn_id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MpnAssociation {
    pub mpn_id: &'static str,
    pub name: &'static str,
    pub country: &'static str,
    pub status: &'static str,
    pub tenant_country: String,
    pub associated_at: String,
    pub attributes: Attributes,
}

/// "Select the organization profile that has the MPN ID, then Continue".
async fn associate_mpn(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    body: ApiBody<AssociateRequest>,
) -> Result<Json<MpnAssociation>, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    session.require_cloud(Cloud::Global)?;
    let req = body.parse()?;
    let mpn = req.mpn_id.trim().to_string();
    if let Err(p) = contact::mpn_id(&mpn) {
        return Err(ApiError::validation_failed(vec![FieldError::new(
            "mpnId",
            p.code(),
            "The MPN ID is 5 to 10 digits.",
        )]));
    }
    let partner = session.partner.id.clone();
    let now = crate::time::now();
    let (org, tenant) = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            if submitted(&tx, &partner)? {
                return Err(already_submitted());
            }
            if steps(&tx, &partner)?.is_none() {
                return Err(pmc_step_missing());
            }
            let Some(org) = pmc_org(&mpn) else {
                return Err(ApiError::validation_failed(vec![FieldError::new(
                    "mpnId",
                    "mpn_not_in_pmc_account",
                    "This MPN ID is not one of the organization profiles of your Partner Membership Center account.",
                )]));
            };
            let tenant = tenant_country(&tx, &partner, Cloud::Global)?;
            if let Some(e) = org_problem(org, &tenant) {
                return Err(ApiError::validation_failed(vec![e]));
            }
            tx.execute(
                "UPDATE enrollment_steps SET mpn_id = ?2, mpn_associated_at = ?3 WHERE partner_id = ?1",
                params![partner, org.mpn_id, now],
            )?;
            tx.commit()?;
            Ok((org, tenant))
        })
        .await?;
    Ok(Json(MpnAssociation {
        mpn_id: org.mpn_id,
        name: org.name,
        country: org.country,
        status: org.status,
        tenant_country: tenant,
        associated_at: crate::time::rfc3339(now),
        attributes: Attributes::of("MpnAssociation"),
    }))
}

/// Seconds a verification link stays valid (env `PC_EMAIL_LINK_SECONDS`, default 7 days).
pub fn email_link_secs() -> i64 {
    std::env::var("PC_EMAIL_LINK_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|v| *v >= 0)
        .unwrap_or(EMAIL_LINK_DEFAULT_SECS)
}

/// Where the primary contact opens the link (a path of the web app).
pub fn verification_url(token: &str) -> String {
    format!("/enroll/verify-email/{token}")
}

/// The last link sent for a partner's enrollment.
pub struct LinkRow {
    pub email: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub fn latest_link(conn: &Connection, partner_id: &str) -> Result<Option<LinkRow>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT email, created_at, expires_at, used_at FROM email_verifications WHERE partner_id = ?1
             ORDER BY created_at DESC, rowid DESC LIMIT 1",
            [partner_id],
            |r| Ok(LinkRow { email: r.get(0)?, created_at: r.get(1)?, expires_at: r.get(2)?, used_at: r.get(3)? }),
        )
        .optional()?)
}

/// A new link for `email`, superseding the partner's older unused ones. Returns the token.
pub fn issue_link(conn: &Connection, partner_id: &str, email: &str, now: i64) -> Result<String, ApiError> {
    let token = crate::auth::password::new_token().map_err(ApiError::internal_from)?;
    let hash = crate::auth::password::token_hash(&token).to_vec();
    conn.execute(
        "UPDATE email_verifications SET superseded_at = ?2 WHERE partner_id = ?1 AND used_at IS NULL AND superseded_at IS NULL",
        params![partner_id, now],
    )?;
    conn.execute(
        "INSERT INTO email_verifications (id, partner_id, email, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![uuid::Uuid::new_v4().to_string(), partner_id, email, hash, now, now.saturating_add(email_link_secs())],
    )?;
    tracing::info!(
        partner = partner_id,
        to = email,
        url = %verification_url(&token),
        "e-mail verification link sent (demo delivery: the server log)"
    );
    Ok(token)
}

/// The primary contact's verification as the enrollment status and the (re)send show it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EmailVerification {
    pub email: String,
    pub sent_at: String,
    pub expires_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollment_status: Option<String>,
    /// Test environments only (`PC_EXPOSE_CODES=1`): the link's token and path.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debug_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub debug_url: Option<String>,
    pub attributes: Attributes,
}

impl EmailVerification {
    pub fn of(row: &LinkRow, token: Option<&str>) -> EmailVerification {
        let exposed = token.filter(|_| crate::api::accounts::codes::expose_codes());
        EmailVerification {
            email: row.email.clone(),
            sent_at: crate::time::rfc3339(row.created_at),
            expires_at: crate::time::rfc3339(row.expires_at),
            verified_at: row.used_at.map(crate::time::rfc3339),
            enrollment_status: None,
            debug_token: exposed.map(str::to_string),
            debug_url: exposed.map(verification_url),
            attributes: Attributes::of("EmailVerification"),
        }
    }
}

/// The submission's primary contact address.
fn primary_email(submission: Option<&str>) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(submission?).ok()?;
    v["legalBusinessProfile"]["primaryContact"]["email"].as_str().map(|s| s.trim().to_string())
}

/// Marks an answer that carries a link's token (test environments) as a secret, kept out of the
/// replay database.
pub fn secret_if(mut res: Response, secret: bool) -> Response {
    if secret {
        res.extensions_mut().insert(SecretAnswer);
    }
    res
}

/// (Re)sends the link: only while the enrollment waits for the verification.
async fn resend_link(State(state): State<AppState>, SignedIn(session): SignedIn) -> Result<Response, ApiError> {
    session.require_any(ENROLLMENT_ROLES)?;
    session.require_cloud(Cloud::Global)?;
    let partner = session.partner.id.clone();
    let now = crate::time::now();
    let (row, token) = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let submission: Option<(String, Option<String>)> = tx
                .query_row("SELECT status, submission FROM enrollments WHERE partner_id = ?1", [&partner], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?;
            let (status, submission) = match submission {
                None => return Err(submit_step_missing()),
                Some((s, _)) if matches!(s.as_str(), "draft" | "rejected") => return Err(submit_step_missing()),
                Some(x) => x,
            };
            if status != "pending_email_verification" {
                return Err(ApiError::conflict(
                    "already_verified",
                    "The primary contact's e-mail address is already verified; the review has started.",
                ));
            }
            if let Some(last) = latest_link(&tx, &partner)?
                && now < last.created_at.saturating_add(RESEND_AFTER_SECS)
            {
                let wait = last.created_at.saturating_add(RESEND_AFTER_SECS).saturating_sub(now).max(1);
                return Err(ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "resend_too_soon",
                    format!("Wait {wait} seconds before asking for a new link."),
                )
                .with_header(header::RETRY_AFTER, HeaderValue::from(wait)));
            }
            let Some(email) = primary_email(submission.as_deref()) else {
                return Err(ApiError::internal_from("submitted enrollment without a primary contact"));
            };
            let token = issue_link(&tx, &partner, &email, now)?;
            let row = latest_link(&tx, &partner)?.ok_or_else(ApiError::internal)?;
            tx.commit()?;
            Ok((row, token))
        })
        .await?;
    let body = EmailVerification::of(&row, Some(&token));
    let secret = body.debug_token.is_some();
    Ok(secret_if((StatusCode::ACCEPTED, Json(body)).into_response(), secret))
}

pub fn submit_step_missing() -> ApiError {
    step_required(
        "submit",
        "Submit the enrollment (Enroll now) first; the verification link goes to its primary contact.",
    )
}

/// id, partner, used at, superseded at, expires at.
type StoredLink = (String, String, Option<i64>, Option<i64>, i64);

fn link_error(status: StatusCode, code: &'static str, description: &'static str) -> ApiError {
    ApiError::new(status, code, description)
}

/// Uses a link: the enrollment moves on to the review.
async fn verify_link(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(token): Path<String>,
) -> Result<Response, ApiError> {
    session.require_any(VERIFY_ROLES)?;
    session.require_cloud(Cloud::Global)?;
    let not_found = || {
        link_error(
            StatusCode::NOT_FOUND,
            "email_link_not_found",
            "This verification link is not valid. Open the link from the most recent e-mail, or ask for a new one.",
        )
    };
    if token.is_empty() || token.len() > 200 {
        return Err(not_found());
    }
    let hash = crate::auth::password::token_hash(&token).to_vec();
    let partner = session.partner.id.clone();
    let now = crate::time::now();
    let body = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let row: Option<StoredLink> = tx
                .query_row(
                    "SELECT id, partner_id, used_at, superseded_at, expires_at FROM email_verifications WHERE token_hash = ?1",
                    [&hash],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()?;
            let Some((id, owner, used, superseded, expires)) = row else { return Err(not_found()) };
            if owner != partner {
                return Err(link_error(
                    StatusCode::FORBIDDEN,
                    "email_link_for_another_partner",
                    "This verification link belongs to another organization's enrollment. Sign in with an account of the organization that enrolled.",
                ));
            }
            if used.is_some() {
                return Err(link_error(
                    StatusCode::CONFLICT,
                    "email_link_used",
                    "This verification link has already been used; the e-mail address is verified.",
                ));
            }
            if superseded.is_some() {
                return Err(link_error(
                    StatusCode::GONE,
                    "email_link_superseded",
                    "A newer verification link has been sent; use the link from the most recent e-mail.",
                ));
            }
            if now >= expires {
                return Err(link_error(
                    StatusCode::GONE,
                    "email_link_expired",
                    "This verification link has expired. Ask for a new one from the enrollment status page.",
                ));
            }
            let status: Option<String> = tx
                .query_row("SELECT status FROM enrollments WHERE partner_id = ?1", [&partner], |r| r.get(0))
                .optional()?;
            if status.as_deref() != Some("pending_email_verification") {
                return Err(ApiError::conflict("invalid_state", "The enrollment is not waiting for an e-mail verification."));
            }
            tx.execute("UPDATE email_verifications SET used_at = ?2 WHERE id = ?1", params![id, now])?;
            tx.execute(
                "UPDATE enrollments SET status = 'pending_review', version = version + 1, status_changed_at = ?2 WHERE partner_id = ?1",
                params![partner, now],
            )?;
            let row = latest_link(&tx, &partner)?.ok_or_else(ApiError::internal)?;
            tx.commit()?;
            let mut body = EmailVerification::of(&row, None);
            body.enrollment_status = Some("pending_review".into());
            Ok(body)
        })
        .await?;
    Ok(Json(body).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_organizations_cover_each_rule() {
        let ok: Vec<_> =
            PMC_ORGANIZATIONS.iter().filter(|o| org_problem(o, "US").is_none()).map(|o| o.mpn_id).collect();
        assert_eq!(ok, ["4567890"]);
        let codes: Vec<_> =
            PMC_ORGANIZATIONS.iter().filter_map(|o| org_problem(o, "us").map(|e| e.code.to_string())).collect();
        assert_eq!(codes, ["mpn_country_mismatch", "mpn_organization_inactive", "mpn_organization_inactive"]);
        assert!(org_problem(pmc_org("4567891").unwrap(), "FR").is_none(), "France's tenant may use the French one");
        assert!(pmc_org(" 4567890 ").is_some());
        assert!(pmc_org("5023310").is_none());
    }

    #[test]
    fn a_submission_names_its_primary_contact() {
        let s = r#"{"legalBusinessProfile":{"primaryContact":{"email":" nancy@northwind.example.com "}}}"#;
        assert_eq!(primary_email(Some(s)).as_deref(), Some("nancy@northwind.example.com"));
        assert_eq!(primary_email(Some("not json")), None);
        assert_eq!(primary_email(None), None);
    }
}
