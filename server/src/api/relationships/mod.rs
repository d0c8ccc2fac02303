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
        .route("/relationships/{reseller_id}/customers", get(shared_customers))
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email_draft: Option<EmailDraft>,
    pub attributes: Attributes,
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
        i.state, i.created_at, i.accepted_at
     FROM relationship_invitations i JOIN partners p ON p.id = i.provider_partner_id";

fn invitation_row(r: &rusqlite::Row) -> rusqlite::Result<Invitation> {
    let token: String = r.get(5)?;
    Ok(Invitation {
        id: r.get(0)?,
        provider_id: r.get(1)?,
        provider_name: r.get(2)?,
        reseller_email: r.get(3)?,
        message: r.get(4)?,
        url: invitation_url(&token),
        link_token: token,
        state: r.get(6)?,
        created_at: crate::time::rfc3339(r.get(7)?),
        accepted_at: r.get::<_, Option<i64>>(8)?.map(crate::time::rfc3339),
        email_draft: None,
        attributes: Attributes::of("RelationshipInvitation"),
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

async fn list_invitations(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
) -> Result<Json<Collection<Invitation>>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let partner = session.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            let mut stmt = c.prepare(&format!(
                "{INVITATION_SELECT} WHERE i.provider_partner_id = ?1 ORDER BY i.created_at DESC, i.id"
            ))?;
            let rows = stmt.query_map([&partner], invitation_row)?.collect::<Result<Vec<_>, _>>()?;
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
    inv.map(Json).ok_or_else(ApiError::not_found)
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
    guard(&session, AUTHORIZE_ROLES)?;
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

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LinkQuery {
    pub indirect_reseller_id: Option<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerLink {
    pub url: String,
    pub attributes: Attributes,
}

async fn invite_customer_link(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Query(q): Query<LinkQuery>,
) -> Result<Json<CustomerLink>, ApiError> {
    guard(&session, PROVIDER_ROLES)?;
    let Some(reseller) = q.indirect_reseller_id.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()) else {
        return Err(ApiError::validation_failed(vec![FieldError::new(
            "indirectResellerId",
            "required",
            "Name the indirect reseller.",
        )]));
    };
    let provider = session.partner.id.clone();
    let r = reseller.clone();
    if !state.db.call(move |c| is_my_reseller(c, &provider, &r)).await? {
        return Err(ApiError::not_found());
    }
    let url = format!(
        "https://admin.microsoft.com/Adminportal/Home?invType=IndirectResellerRelationship&partnerId={reseller}&indirectCSPId={}&msppId=0#/BillingAccounts/partner-invitation",
        session.partner.id
    );
    Ok(Json(CustomerLink { url, attributes: Attributes::of("InviteNewCustomerLink") }))
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
