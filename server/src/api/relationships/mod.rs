//! Indirect providers and indirect resellers (global cloud only): relationships, invitations
//! from a provider to a reseller, the personalized customer invitation link, shared customers.
//!
//! Shared customers are the provider's customers whose `associatedPartnerId` (the indirect
//! reseller they were created for) is the reseller.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::api::fields::Fields;
use crate::api::resource::Attributes;
use crate::auth::{Role, SessionInfo, SignedIn};
use crate::error::{ApiError, FieldError};
use crate::extract::ApiBody;
use crate::paging::Collection;
use crate::settings::Cloud;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/relationships", get(list))
        .route("/relationships/invitations", get(list_invitations).post(invite))
        .route("/relationships/invitations/by-token/{link_token}", get(by_token))
        .route("/relationships/invitations/{invitation_id}/authorize", post(authorize))
        .route("/relationships/invitenewcustomerlink", get(invite_customer_link))
        .route("/relationships/{partner_id}/customers", get(shared_customers))
        .route("/relationships/{partner_id}/sharedcustomers", get(reseller_shared_customers))
}

/// Seconds an invitation stays open (env `PC_INVITATION_SECONDS`, default 30 days), counted from
/// its creation.
pub fn invitation_secs() -> i64 {
    std::env::var("PC_INVITATION_SECONDS")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .filter(|v| *v >= 0)
        .unwrap_or(30 * 86_400)
}

/// 403 `forbidden` naming who may accept: "Accept a partnership request from an indirect
/// provider" is the global admin's right (GL17 roles table).
fn only_global_admin() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "forbidden",
        "Only a global admin of your organization can accept a partnership request from an indirect provider (Authorize indirect provider). Ask your global admin to open the invitation.",
    )
}

fn invitation_expired() -> ApiError {
    ApiError::new(
        StatusCode::GONE,
        "invitation_expired",
        "This invitation has expired. Ask the indirect provider to send a new one (Request a partnership).",
    )
}

fn invitation_for_another_partner() -> ApiError {
    ApiError::new(
        StatusCode::FORBIDDEN,
        "invitation_for_another_partner",
        "This invitation has been accepted by another organization; it cannot be used by yours. Ask the indirect provider for an invitation of your own.",
    )
}

pub const PROVIDER_ROLES: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent];
pub const AUTHORIZE_ROLES: &[Role] = &[Role::GlobalAdmin];

fn guard(session: &SessionInfo, roles: &[Role]) -> Result<(), ApiError> {
    session.require_cloud(Cloud::Global)?;
    session.require_any(roles)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PartnerRelationship {
    pub id: String,
    pub name: String,
    pub relationship_type: String,
    pub state: String,
    pub mpn_id: String,
    pub location: String,
    pub attributes: Attributes,
}

#[derive(Deserialize)]
pub struct ListQuery {
    pub relationship_type: Option<String>,
}

fn relationship_type(raw: Option<&str>) -> Result<&'static str, ApiError> {
    match raw.map(str::trim) {
        Some("is_indirect_reseller_of" | "IsIndirectResellerOf") => Ok("is_indirect_reseller_of"),
        Some("is_indirect_cloud_solution_provider_of" | "IsIndirectCloudSolutionProviderOf") => {
            Ok("is_indirect_cloud_solution_provider_of")
        }
        None | Some("") => Err(ApiError::validation_failed(vec![FieldError::new(
            "relationship_type",
            "required",
            "Say which relationships: is_indirect_reseller_of or is_indirect_cloud_solution_provider_of.",
        )])),
        Some(_) => Err(ApiError::validation_failed(vec![FieldError::new(
            "relationship_type",
            "invalid_value",
            "Use is_indirect_reseller_of or is_indirect_cloud_solution_provider_of.",
        )])),
    }
}

async fn list(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Query(q): Query<ListQuery>,
) -> Result<Json<Collection<PartnerRelationship>>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let kind = relationship_type(q.relationship_type.as_deref())?;
    let partner = session.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            let mut stmt = c.prepare(
                "SELECT r.related_partner_id, p.company_name, r.relationship_type, r.state, r.mpn_id, r.location
                 FROM partner_relationships r JOIN partners p ON p.id = r.related_partner_id
                 WHERE r.partner_id = ?1 AND r.relationship_type = ?2 ORDER BY p.company_name, r.id",
            )?;
            let rows = stmt
                .query_map(params![partner, kind], |r| {
                    Ok(PartnerRelationship {
                        id: r.get(0)?,
                        name: r.get(1)?,
                        relationship_type: r.get(2)?,
                        state: r.get(3)?,
                        mpn_id: r.get(4)?,
                        location: r.get(5)?,
                        attributes: Attributes::of("PartnerRelationship"),
                    })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(Json(Collection::all(items)))
}

/// Whether `partner` works as an indirect provider: it has indirect resellers, or has invited
/// one. The contract has no provider program to enroll in (the global enrollment is the
/// indirect reseller's), so what the partner does is what it is.
pub fn is_indirect_provider(conn: &Connection, partner: &str) -> Result<bool, ApiError> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM partner_relationships WHERE partner_id = ?1 AND relationship_type = 'is_indirect_reseller_of')
             OR EXISTS (SELECT 1 FROM relationship_invitations WHERE provider_partner_id = ?1)",
        [partner],
        |r| r.get(0),
    )?)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EmailDraft {
    pub subject: String,
    pub body: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Invitation {
    pub id: String,
    pub provider_id: String,
    pub provider_name: String,
    pub reseller_email: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub link_token: String,
    pub url: String,
    pub state: String,
    pub created_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted_at: Option<String>,
    /// When a pending invitation stops being usable.
    pub expires_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_draft: Option<EmailDraft>,
    pub attributes: Attributes,
    /// The reseller that accepted it (not on the wire: only whether it is the caller matters).
    #[serde(skip)]
    pub accepted_by: Option<String>,
}

/// Where a reseller opens an invitation (a path of the web app).
pub fn invitation_url(link_token: &str) -> String {
    format!("/indirect-providers/accept/{link_token}")
}

fn email_draft(provider: &str, url: &str, message: Option<&str>) -> EmailDraft {
    let mut body = format!(
        "Hello,\n\n{provider} invites you to become an indirect reseller of {provider} in the Cloud Solution Provider program.\n\n"
    );
    if let Some(m) = message {
        body.push_str(m);
        body.push_str("\n\n");
    }
    body.push_str(&format!(
        "To accept, sign in to Partner Center as a global admin of your organization and open this link:\n{url}\n\nThank you,\n{provider}"
    ));
    EmailDraft { subject: format!("{provider} invites you to be an indirect reseller"), body }
}

const INVITATION_SELECT: &str =
    "SELECT i.id, i.provider_partner_id, p.company_name, i.reseller_email, i.message, i.link_token,
        i.state, i.created_at, i.accepted_at, i.accepted_by_partner_id
     FROM relationship_invitations i JOIN partners p ON p.id = i.provider_partner_id";

fn invitation_row(r: &rusqlite::Row) -> rusqlite::Result<Invitation> {
    let token: String = r.get(5)?;
    let created: i64 = r.get(7)?;
    let stored: String = r.get(6)?;
    let expires = created.saturating_add(invitation_secs());
    // A pending invitation past its time shows as expired.
    let state = if stored == "pending" && crate::time::now() >= expires { "expired".to_string() } else { stored };
    Ok(Invitation {
        id: r.get(0)?,
        provider_id: r.get(1)?,
        provider_name: r.get(2)?,
        reseller_email: r.get(3)?,
        message: r.get(4)?,
        url: invitation_url(&token),
        link_token: token,
        state,
        created_at: crate::time::rfc3339(created),
        accepted_at: r.get::<_, Option<i64>>(8)?.map(crate::time::rfc3339),
        expires_at: crate::time::rfc3339(expires),
        email_draft: None,
        attributes: Attributes::of("RelationshipInvitation"),
        accepted_by: r.get(9)?,
    })
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InviteRequest {
    pub reseller_email: String,
    #[serde(default)]
    pub message: Option<String>,
}

async fn invite(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    body: ApiBody<InviteRequest>,
) -> Result<Response, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let req = body.parse()?;
    let email = req.reseller_email.trim().to_string();
    let message = req.message.map(|m| m.trim().to_string()).filter(|m| !m.is_empty());
    let mut r = Fields::new();
    r.email("resellerEmail", &email);
    r.opt_text("message", message.as_deref(), 1000);
    r.finish()?;
    let token = crate::auth::password::new_token().map_err(ApiError::internal_from)?;
    let id = uuid::Uuid::new_v4().to_string();
    let now = crate::time::now();
    let (partner, user) = (session.partner.id.clone(), session.user.id.clone());
    let mut inv = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            tx.execute(
                "INSERT INTO relationship_invitations (id, provider_partner_id, created_by, reseller_email, message, link_token, state, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'pending', ?7)",
                params![id, partner, user, email, message, token, now],
            )?;
            let inv = tx.query_row(&format!("{INVITATION_SELECT} WHERE i.id = ?1"), [&id], invitation_row)?;
            tx.commit()?;
            Ok(inv)
        })
        .await?;
    inv.email_draft = Some(email_draft(&inv.provider_name, &inv.url, inv.message.as_deref()));
    Ok((StatusCode::CREATED, Json(inv)).into_response())
}

#[derive(Deserialize)]
pub struct InvitationQuery {
    pub state: Option<String>,
}

async fn list_invitations(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Query(q): Query<InvitationQuery>,
) -> Result<Json<Collection<Invitation>>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let wanted = match q.state.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s @ ("pending" | "accepted" | "expired")) => Some(s.to_string()),
        Some(_) => {
            return Err(ApiError::validation_failed(vec![FieldError::new(
                "state",
                "invalid_value",
                "Use pending, accepted or expired.",
            )]));
        }
    };
    let partner = session.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            let mut stmt = c.prepare(&format!(
                "{INVITATION_SELECT} WHERE i.provider_partner_id = ?1 ORDER BY i.created_at DESC, i.id"
            ))?;
            let rows = stmt
                .query_map([&partner], invitation_row)?
                .filter(|r| r.as_ref().map_or(true, |i| wanted.as_deref().is_none_or(|w| i.state == w)))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(Json(Collection::all(items)))
}

async fn by_token(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(token): Path<String>,
) -> Result<Json<Invitation>, ApiError> {
    session.require_cloud(Cloud::Global)?;
    let inv = state
        .db
        .call(move |c| {
            Ok(c.query_row(&format!("{INVITATION_SELECT} WHERE i.link_token = ?1"), [&token], invitation_row)
                .optional()?)
        })
        .await?;
    let inv = inv.ok_or_else(ApiError::not_found)?;
    usable_by(&inv, &session.partner.id)?;
    Ok(Json(inv))
}

/// Whether `partner` may see and answer an invitation: not once another organization accepted
/// it (403 `invitation_for_another_partner`), not once it expired (410 `invitation_expired`).
/// Accepted by `partner` itself is fine to see; answering it again is `already_accepted`.
fn usable_by(inv: &Invitation, partner: &str) -> Result<(), ApiError> {
    if inv.accepted_by.as_deref().is_some_and(|p| p != partner) {
        return Err(invitation_for_another_partner());
    }
    if inv.state == "expired" {
        return Err(invitation_expired());
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AuthorizeRequest {
    pub confirmed: bool,
}

fn mpn_and_location(conn: &Connection, partner_id: &str) -> Result<(String, String), ApiError> {
    let row: Option<(Option<String>, Option<String>)> = conn
        .query_row("SELECT mpn_id, submission FROM enrollments WHERE partner_id = ?1", [partner_id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    let Some((mpn, submission)) = row else { return Ok((String::new(), String::new())) };
    let country = submission
        .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| v["legalBusinessProfile"]["address"]["country"].as_str().map(str::to_string))
        .unwrap_or_default();
    Ok((mpn.unwrap_or_default(), country))
}

/// "Accept a partnership request from an indirect provider": a global admin of the reseller
/// confirms; both relationship rows are created.
async fn authorize(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(id): Path<String>,
    body: ApiBody<AuthorizeRequest>,
) -> Result<Json<Invitation>, ApiError> {
    session.require_cloud(Cloud::Global)?;
    session.require_any(AUTHORIZE_ROLES).map_err(|_| only_global_admin())?;
    let req = body.parse()?;
    if !req.confirmed {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "confirmation_required",
            "Confirm the partnership to accept it.",
        )
        .with_data(vec![FieldError::new("confirmed", "confirmation_required", "Must be true.")]));
    }
    let reseller = session.partner.id.clone();
    let now = crate::time::now();
    let inv = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let inv = tx
                .query_row(&format!("{INVITATION_SELECT} WHERE i.id = ?1"), [&id], invitation_row)
                .optional()?
                .ok_or_else(ApiError::not_found)?;
            usable_by(&inv, &reseller)?;
            if inv.state != "pending" {
                return Err(ApiError::conflict("already_accepted", "This invitation has already been accepted."));
            }
            if inv.provider_id == reseller {
                return Err(ApiError::conflict("self_relationship", "An organization cannot be its own indirect reseller."));
            }
            let exists = tx
                .query_row(
                    "SELECT 1 FROM partner_relationships
                     WHERE partner_id = ?1 AND related_partner_id = ?2 AND relationship_type = 'is_indirect_reseller_of'",
                    params![inv.provider_id, reseller],
                    |_| Ok(()),
                )
                .optional()?
                .is_some();
            if exists {
                return Err(ApiError::conflict("already_accepted", "You are already an indirect reseller of this provider."));
            }
            let (r_mpn, r_loc) = mpn_and_location(&tx, &reseller)?;
            let (p_mpn, p_loc) = mpn_and_location(&tx, &inv.provider_id)?;
            tx.execute(
                "INSERT INTO partner_relationships (id, partner_id, related_partner_id, relationship_type, state, mpn_id, location, created_at)
                 VALUES (?1, ?2, ?3, 'is_indirect_reseller_of', 'accepted', ?4, ?5, ?6)",
                params![uuid::Uuid::new_v4().to_string(), inv.provider_id, reseller, r_mpn, r_loc, now],
            )?;
            tx.execute(
                "INSERT INTO partner_relationships (id, partner_id, related_partner_id, relationship_type, state, mpn_id, location, created_at)
                 VALUES (?1, ?2, ?3, 'is_indirect_cloud_solution_provider_of', 'accepted', ?4, ?5, ?6)",
                params![uuid::Uuid::new_v4().to_string(), reseller, inv.provider_id, p_mpn, p_loc, now],
            )?;
            tx.execute(
                "UPDATE relationship_invitations SET state = 'accepted', accepted_by_partner_id = ?2, accepted_at = ?3 WHERE id = ?1",
                params![inv.id, reseller, now],
            )?;
            let inv = tx.query_row(&format!("{INVITATION_SELECT} WHERE i.id = ?1"), [&inv.id], invitation_row)?;
            tx.commit()?;
            Ok(inv)
        })
        .await?;
    Ok(Json(inv))
}

fn is_my_reseller(conn: &Connection, provider: &str, reseller: &str) -> Result<bool, ApiError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM partner_relationships WHERE partner_id = ?1 AND related_partner_id = ?2
             AND relationship_type = 'is_indirect_reseller_of' AND state = 'accepted'",
            params![provider, reseller],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn is_my_provider(conn: &Connection, reseller: &str, provider: &str) -> Result<bool, ApiError> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM partner_relationships WHERE partner_id = ?1 AND related_partner_id = ?2
             AND relationship_type = 'is_indirect_cloud_solution_provider_of' AND state = 'accepted'",
            params![reseller, provider],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

fn company_name(conn: &Connection, partner: &str) -> Result<String, ApiError> {
    Ok(conn
        .query_row("SELECT company_name FROM partners WHERE id = ?1", [partner], |r| r.get(0))
        .optional()?
        .unwrap_or_default())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkQuery {
    pub indirect_reseller_id: Option<String>,
    pub indirect_provider_id: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerLink {
    pub url: String,
    pub reseller_id: String,
    pub reseller_name: String,
    pub provider_id: String,
    pub provider_name: String,
    pub email_draft: EmailDraft,
    pub attributes: Attributes,
}

/// The personalized link of "Invite new customers": it "is personalized to link the customer
/// directly to both your account and your provider's account" (§2.15), so it names both the
/// indirect reseller and the indirect provider.
pub fn customer_link_url(reseller: &str, provider: &str) -> String {
    format!(
        "https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={reseller}&indirectCSPId={provider}&msppId=0#/BillingAccounts/partner-invitation"
    )
}

fn customer_email_draft(reseller: &str, provider: &str, url: &str) -> EmailDraft {
    EmailDraft {
        subject: format!("{reseller} invites you to a reseller relationship"),
        body: format!(
            "Hello,\n\n{reseller} would like to be your Microsoft cloud reseller, with {provider} as its indirect provider. \
             Accepting gives {reseller} delegated admin permissions and lets {provider} order for you.\n\n\
             To accept, a global admin of your organization opens this link and authorizes both:\n{url}\n\nThank you,\n{reseller}"
        ),
    }
}

/// Provider side: `?indirectResellerId=` (one of its resellers); reseller side:
/// `?indirectProviderId=` (one of its providers). Exactly one of the two.
async fn invite_customer_link(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Query(q): Query<LinkQuery>,
) -> Result<Json<CustomerLink>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let (reseller_q, provider_q) = (clean(q.indirect_reseller_id), clean(q.indirect_provider_id));
    let me = session.partner.id.clone();
    let (reseller, provider) = match (reseller_q, provider_q) {
        (Some(r), None) => (r, me),
        (None, Some(p)) => (me, p),
        (None, None) => {
            return Err(ApiError::validation_failed(vec![FieldError::new(
                "indirectResellerId",
                "required",
                "Name the indirect reseller (indirectResellerId) or, as a reseller, the indirect provider (indirectProviderId).",
            )]));
        }
        (Some(_), Some(_)) => {
            return Err(ApiError::validation_failed(vec![FieldError::new(
                "indirectProviderId",
                "invalid_value",
                "Name either the indirect reseller or the indirect provider, not both.",
            )]));
        }
    };
    let (r, p) = (reseller.clone(), provider.clone());
    let (reseller_name, provider_name) = state
        .db
        .call(move |c| {
            if !is_my_reseller(c, &p, &r)? {
                return Err(ApiError::not_found());
            }
            Ok((company_name(c, &r)?, company_name(c, &p)?))
        })
        .await?;
    let url = customer_link_url(&reseller, &provider);
    let email_draft = customer_email_draft(&reseller_name, &provider_name, &url);
    Ok(Json(CustomerLink {
        url,
        reseller_id: reseller,
        reseller_name,
        provider_id: provider,
        provider_name,
        email_draft,
        attributes: Attributes::of("InviteNewCustomerLink"),
    }))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SharedCustomer {
    pub id: String,
    pub company_name: String,
    pub attributes: Attributes,
}

async fn shared_customers(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(reseller): Path<String>,
) -> Result<Json<Collection<SharedCustomer>>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let provider = session.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            if !is_my_reseller(c, &provider, &reseller)? {
                return Err(ApiError::not_found());
            }
            let mut stmt = c.prepare(
                "SELECT id, company_name FROM customers WHERE partner_id = ?1 AND associated_partner_id = ?2 ORDER BY company_name, id",
            )?;
            let rows = stmt
                .query_map(params![provider, reseller], |r| {
                    Ok(SharedCustomer { id: r.get(0)?, company_name: r.get(1)?, attributes: Attributes::of("Customer") })
                })?
                .collect::<Result<Vec<_>, _>>()?;
            Ok(rows)
        })
        .await?;
    Ok(Json(Collection::all(items)))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResellerSharedCustomer {
    pub id: String,
    pub company_name: String,
    pub domain: String,
    pub provider_id: String,
    pub attributes: Attributes,
}

/// Reseller side, **Indirect providers › View customers**: the customers the signed-in indirect
/// reseller shares with one of its indirect providers (the provider's customers created for this
/// reseller), paged like `/v1/customers` (`size`, `seekOperation=Next` with the
/// `MS-ContinuationToken` header from `links.next`).
async fn reseller_shared_customers(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Path(provider): Path<String>,
    headers: axum::http::HeaderMap,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Result<Json<Collection<ResellerSharedCustomer>>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    crate::paging::seek_operation(&q)?;
    let size = crate::paging::page_size(crate::paging::u32_query(&q, "size")?)?;
    let after = crate::paging::name_seek_after(&headers)?;
    let reseller = session.partner.id.clone();
    let p = provider.clone();
    let (items, next) = state
        .db
        .call(move |c| {
            if !is_my_provider(c, &reseller, &p)? {
                return Err(ApiError::not_found());
            }
            let (after_name, after_id) = after.unwrap_or_default();
            let has_after = !after_id.is_empty();
            let mut stmt = c.prepare_cached(
                "SELECT id, company_name, domain, company_name_key FROM customers
                 WHERE partner_id = ?1 AND associated_partner_id = ?2
                   AND (?3 = 0 OR (company_name_key, id) > (?4, ?5))
                 ORDER BY company_name_key, id LIMIT ?6",
            )?;
            let mut rows = stmt
                .query_map(params![p, reseller, has_after as i64, after_name, after_id, size as i64 + 1], |r| {
                    Ok((
                        ResellerSharedCustomer {
                            id: r.get(0)?,
                            company_name: r.get(1)?,
                            domain: r.get(2)?,
                            provider_id: p.clone(),
                            attributes: Attributes::of("Customer"),
                        },
                        r.get::<_, String>(3)?,
                    ))
                })?
                .collect::<Result<Vec<_>, _>>()?;
            let next = if rows.len() > size as usize {
                rows.truncate(size as usize);
                rows.last().map(|(c, key)| crate::paging::name_seek_key(key, &c.id))
            } else {
                None
            };
            Ok((rows.into_iter().map(|(c, _)| c).collect::<Vec<_>>(), next))
        })
        .await?;
    let uri = format!(
        "/v1/relationships/{}/sharedcustomers?size={size}",
        crate::api::customers::rules::percent_encode(&provider)
    );
    Ok(Json(Collection::seek_page(items, next.as_deref(), &uri)))
}
