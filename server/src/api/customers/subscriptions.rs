//! `/v1/customers/{id}/subscriptions`: what a customer bought, buying, and changing seats,
//! nickname and status.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{READ_ROLES, WRITE_ROLES, load_customer};
use crate::api::catalog::find_offer;
use crate::api::fields::Fields;
use crate::api::resource::Attributes;
use crate::auth::SignedIn;
use crate::concurrency::{check_if_match, etag, etag_header};
use crate::error::ApiError;
use crate::extract::ApiBody;
use crate::paging::Collection;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/customers/{id}/subscriptions", get(list).post(create))
        .route("/customers/{id}/subscriptions/{sub}", get(get_one).patch(patch))
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Subscription {
    pub id: String,
    pub offer_id: String,
    pub offer_name: String,
    pub friendly_name: String,
    pub quantity: i64,
    pub unit_type: String,
    pub creation_date: String,
    pub effective_start_date: String,
    pub commitment_end_date: String,
    pub status: String,
    pub auto_renew_enabled: bool,
    pub billing_type: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner_id: Option<String>,
    pub suspension_reasons: Vec<String>,
    pub attributes: Attributes,
}

const COLUMNS: &str =
    "id, offer_id, offer_name, friendly_name, quantity, unit_type, creation_date, effective_start_date,
    commitment_end_date, status, auto_renew_enabled, billing_type, reseller_partner_id, suspension_reasons, version";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Subscription> {
    let id: String = r.get(0)?;
    let reasons: String = r.get(13)?;
    let version: i64 = r.get(14)?;
    Ok(Subscription {
        offer_id: r.get(1)?,
        offer_name: r.get(2)?,
        friendly_name: r.get(3)?,
        quantity: r.get(4)?,
        unit_type: r.get(5)?,
        creation_date: crate::time::rfc3339(r.get(6)?),
        effective_start_date: crate::time::rfc3339(r.get(7)?),
        commitment_end_date: crate::time::rfc3339(r.get(8)?),
        status: r.get(9)?,
        auto_renew_enabled: r.get(10)?,
        billing_type: r.get(11)?,
        partner_id: r.get(12)?,
        suspension_reasons: serde_json::from_str(&reasons).unwrap_or_default(),
        attributes: Attributes { etag: Some(etag(&id, version)), object_type: "Subscription" },
        id,
    })
}

pub(super) fn load(c: &Connection, customer_id: &str, id: &str) -> Result<Subscription, ApiError> {
    c.query_row(
        &format!("SELECT {COLUMNS} FROM subscriptions WHERE customer_id = ?1 AND id = ?2 COLLATE NOCASE"),
        params![customer_id, id],
        row,
    )
    .optional()?
    .ok_or_else(ApiError::not_found)
}

fn respond(status: StatusCode, s: Subscription, location: Option<HeaderValue>) -> Response {
    let tag = etag_header(s.attributes.etag.as_deref().unwrap_or_default());
    let mut res = (status, [(header::ETAG, tag)], Json(s)).into_response();
    if let Some(l) = location {
        res.headers_mut().insert(header::LOCATION, l);
    }
    res
}

async fn list(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(cid): Path<String>,
) -> Result<Response, ApiError> {
    s.require_any(READ_ROLES)?;
    let pid = s.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            load_customer(c, &pid, &cid)?;
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM subscriptions WHERE customer_id = ?1 ORDER BY creation_date, id"
            ))?;
            let items = stmt.query_map([&cid], row)?.collect::<Result<Vec<_>, _>>()?;
            Ok(items)
        })
        .await?;
    Ok(Json(Collection::all(items)).into_response())
}

async fn get_one(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, sub)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    s.require_any(READ_ROLES)?;
    let pid = s.partner.id.clone();
    let found = state
        .db
        .call(move |c| {
            load_customer(c, &pid, &cid)?;
            load(c, &cid, &sub)
        })
        .await?;
    Ok(respond(StatusCode::OK, found, None))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewSubscription {
    pub offer_id: String,
    pub quantity: i64,
    #[serde(default)]
    pub friendly_name: Option<String>,
}

const YEAR: i64 = 365 * 86_400;

/// A new active subscription of `offer` for the customer, for a year from `now`: its id.
pub(super) fn insert(
    c: &Connection,
    customer_id: &str,
    offer: &crate::api::catalog::Offer,
    quantity: i64,
    friendly_name: &str,
    reseller: Option<&str>,
    now: i64,
) -> Result<String, ApiError> {
    let id = uuid::Uuid::new_v4().to_string().to_uppercase();
    c.execute(
        "INSERT INTO subscriptions (id, customer_id, offer_id, offer_name, friendly_name, quantity, unit_type, creation_date,
           effective_start_date, commitment_end_date, status, auto_renew_enabled, billing_type, reseller_partner_id, suspension_reasons, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, 'active', 1, ?10, ?11, '[]', 1)",
        params![id, customer_id, offer.id, offer.name, friendly_name, quantity, offer.unit_type, now, now + YEAR, offer.billing, reseller],
    )?;
    Ok(id)
}

async fn create(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(cid): Path<String>,
    body: ApiBody<NewSubscription>,
) -> Result<Response, ApiError> {
    s.require_any(WRITE_ROLES)?;
    let body = body.parse()?;
    let pid = s.partner.id.clone();
    let cloud = s.cloud();
    let now = crate::time::now();
    let created = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let customer = load_customer(&tx, &pid, &cid)?;
            let mut check = Fields::new();
            let offer = find_offer(&tx, cloud, body.offer_id.trim())?;
            match &offer {
                None => check.push("offerId", "invalid_value", "There is no such offer in your catalog."),
                Some(o) if !o.is_available_for_purchase => {
                    check.push("offerId", "invalid_value", "This offer cannot be bought.")
                }
                Some(o) if !(o.minimum_quantity..=o.maximum_quantity).contains(&body.quantity) => check.push(
                    "quantity",
                    "out_of_range",
                    format!("Buy between {} and {}.", o.minimum_quantity, o.maximum_quantity),
                ),
                Some(_) => {}
            }
            let friendly = body.friendly_name.as_deref().map(str::trim).unwrap_or("").to_string();
            check.text("friendlyName", &friendly, 0, 50);
            check.finish()?;
            let Some(offer) = offer else { return Err(ApiError::internal()) };
            if !offer.prerequisite_offers.is_empty() {
                let mut has = false;
                for p in &offer.prerequisite_offers {
                    has |= tx.query_row(
                        "SELECT EXISTS (SELECT 1 FROM subscriptions WHERE customer_id = ?1 AND offer_id = ?2 AND status = 'active')",
                        params![cid, p],
                        |r| r.get::<_, bool>(0),
                    )?;
                }
                if !has {
                    return Err(ApiError::conflict(
                        "prerequisite_missing",
                        "This add-on needs an active subscription to one of its prerequisite offers.",
                    ));
                }
            }
            let friendly = if friendly.is_empty() { offer.name.clone() } else { friendly };
            let id = insert(&tx, &cid, &offer, body.quantity, &friendly, customer.associated_partner_id.as_deref(), now)?;
            let out = load(&tx, &cid, &id)?;
            tx.commit()?;
            Ok((out, cid))
        })
        .await?;
    let (sub, cid) = created;
    let location =
        HeaderValue::from_str(&format!("{}/v1/customers/{cid}/subscriptions/{}", state.settings.api_base.path, sub.id))
            .ok();
    Ok(respond(StatusCode::CREATED, sub, location))
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum NewStatus {
    Active,
    Suspended,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SubscriptionPatch {
    #[serde(default)]
    pub quantity: Option<i64>,
    #[serde(default)]
    pub friendly_name: Option<String>,
    #[serde(default)]
    pub status: Option<NewStatus>,
}

async fn patch(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, sub)): Path<(String, String)>,
    headers: HeaderMap,
    body: ApiBody<SubscriptionPatch>,
) -> Result<Response, ApiError> {
    s.require_any(WRITE_ROLES)?;
    let body = body.parse()?;
    let pid = s.partner.id.clone();
    let cloud = s.cloud();
    let updated = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            load_customer(&tx, &pid, &cid)?;
            let current = load(&tx, &cid, &sub)?;
            let mut check = Fields::new();
            if body.quantity.is_none() && body.friendly_name.is_none() && body.status.is_none() {
                check.push("$", "required", "Give quantity, friendlyName or status.");
            }
            let friendly = body.friendly_name.as_deref().map(|f| f.trim().to_string());
            if let Some(f) = &friendly {
                check.text("friendlyName", f, 0, 50);
            }
            if let Some(q) = body.quantity {
                let (min, max) = match find_offer(&tx, cloud, &current.offer_id)? {
                    Some(o) => (o.minimum_quantity, o.maximum_quantity),
                    None => (1, 10_000),
                };
                if !(min..=max).contains(&q) {
                    check.push("quantity", "out_of_range", format!("Use between {min} and {max}."));
                }
            }
            check.finish()?;
            // After validation: preconditions apply only to otherwise valid requests (RFC 9110).
            check_if_match(&headers, current.attributes.etag.as_deref().unwrap_or_default())?;
            if current.status == "deleted" {
                return Err(ApiError::conflict("subscription_deleted", "A deleted subscription cannot be changed."));
            }
            let new_status = body.status.map(|s| if s == NewStatus::Active { "active" } else { "suspended" });
            let ends_suspended = new_status.unwrap_or(current.status.as_str()) == "suspended";
            if ends_suspended && body.quantity.is_some_and(|q| q != current.quantity) {
                return Err(ApiError::conflict(
                    "subscription_suspended",
                    "A suspended subscription's quantity cannot change; reactivate it first.",
                ));
            }
            let status = new_status.unwrap_or(current.status.as_str()).to_string();
            let reasons = if status == "suspended" {
                if current.status == "suspended" { serde_json::to_string(&current.suspension_reasons).unwrap_or_default() } else { "[\"partner_initiated\"]".to_string() }
            } else {
                "[]".to_string()
            };
            let friendly = match friendly {
                Some(f) if f.is_empty() => current.offer_name.clone(),
                Some(f) => f,
                None => current.friendly_name.clone(),
            };
            tx.execute(
                "UPDATE subscriptions SET quantity = ?3, friendly_name = ?4, status = ?5, suspension_reasons = ?6, version = version + 1
                 WHERE customer_id = ?1 AND id = ?2",
                params![cid, current.id, body.quantity.unwrap_or(current.quantity), friendly, status, reasons],
            )?;
            let out = load(&tx, &cid, &current.id)?;
            tx.commit()?;
            Ok(out)
        })
        .await?;
    Ok(respond(StatusCode::OK, updated, None))
}
