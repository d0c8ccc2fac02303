//! Customer users and their licences (global cloud only: Partner Center operated by 21Vianet
//! does not manage customer users).

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::{USER_ROLES, load_customer};
use crate::api::fields::Fields;
use crate::api::resource::Attributes;
use crate::auth::{SessionInfo, SignedIn};
use crate::error::ApiError;
use crate::extract::ApiBody;
use crate::paging::Collection;
use crate::settings::Cloud;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/customers/{id}/users", get(list).post(create))
        .route("/customers/{id}/users/{user}", delete(remove))
        .route("/customers/{id}/users/{user}/licenses", get(licenses))
        .route("/customers/{id}/users/{user}/licenseupdates", post(update_licenses))
}

fn allowed(s: &SessionInfo) -> Result<(), ApiError> {
    s.require_any(USER_ROLES)?;
    s.require_cloud(Cloud::Global)
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct CustomerUser {
    pub id: String,
    pub user_principal_name: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub usage_location: String,
    pub state: String,
    pub attributes: Attributes,
}

const COLUMNS: &str = "id, user_principal_name, first_name, last_name, display_name, usage_location, state";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CustomerUser> {
    Ok(CustomerUser {
        id: r.get(0)?,
        user_principal_name: r.get(1)?,
        first_name: r.get(2)?,
        last_name: r.get(3)?,
        display_name: r.get(4)?,
        usage_location: r.get(5)?,
        state: r.get(6)?,
        attributes: Attributes::of("CustomerUser"),
    })
}

fn load_user(c: &Connection, customer_id: &str, id: &str) -> Result<CustomerUser, ApiError> {
    c.query_row(
        &format!("SELECT {COLUMNS} FROM customer_users WHERE customer_id = ?1 AND id = ?2"),
        params![customer_id, id],
        row,
    )
    .optional()?
    .ok_or_else(ApiError::not_found)
}

async fn list(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(cid): Path<String>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    let pid = s.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            load_customer(c, &pid, &cid)?;
            let mut stmt = c.prepare_cached(&format!(
                "SELECT {COLUMNS} FROM customer_users WHERE customer_id = ?1 ORDER BY display_name, id"
            ))?;
            let items = stmt.query_map([&cid], row)?.collect::<Result<Vec<_>, _>>()?;
            Ok(items)
        })
        .await?;
    Ok(Json(Collection::all(items)).into_response())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PasswordProfile {
    pub password: String,
    #[serde(default)]
    pub force_change_password: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewCustomerUser {
    pub user_principal_name: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub usage_location: String,
    #[serde(default)]
    pub password_profile: Option<PasswordProfile>,
}

async fn create(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(cid): Path<String>,
    body: ApiBody<NewCustomerUser>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    let body = body.parse()?;
    let pid = s.partner.id.clone();
    let now = crate::time::now();
    let user = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let customer = load_customer(&tx, &pid, &cid)?;
            let mut check = Fields::new();
            let upn = body.user_principal_name.trim().to_string();
            let domain = format!("@{}", customer.company_profile.domain);
            if check.text("userPrincipalName", &upn, 1, 113) {
                let local = upn.to_ascii_lowercase().strip_suffix(&domain).map(str::to_string);
                match local {
                    Some(l) if !l.is_empty() && l.len() <= 64 && l.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b)) => {}
                    _ => check.push("userPrincipalName", "invalid_format", format!("Use name{domain}.")),
                }
            }
            let first = body.first_name.trim().to_string();
            let last = body.last_name.trim().to_string();
            let display = body.display_name.trim().to_string();
            check.text("firstName", &first, 1, 50);
            check.text("lastName", &last, 1, 50);
            check.text("displayName", &display, 1, 100);
            let location = body.usage_location.trim().to_ascii_uppercase();
            if partner_center_rules::account::country(&location).is_err() {
                check.push("usageLocation", "invalid_format", "Use an ISO 3166 alpha-2 country code.");
            }
            if let Some(p) = &body.password_profile {
                check.rule(
                    "passwordProfile.password",
                    partner_center_rules::account::password(&p.password, &upn),
                    "Use 8 to 256 characters with three of: lower case, upper case, digits, symbols; not the user name.",
                );
                let _ = p.force_change_password;
            }
            check.finish()?;
            let key = upn.to_ascii_lowercase();
            let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM customer_users WHERE upn_key = ?1)", [&key], |r| r.get(0))?;
            if taken {
                return Err(ApiError::conflict("user_exists", "A user with this user name already exists."));
            }
            let id = uuid::Uuid::new_v4().to_string();
            tx.execute(
                "INSERT INTO customer_users (id, customer_id, user_principal_name, upn_key, first_name, last_name, display_name, usage_location, state, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'active', ?9)",
                params![id, cid, upn, key, first, last, display, location, now],
            )?;
            let out = load_user(&tx, &cid, &id)?;
            tx.commit()?;
            Ok((out, cid))
        })
        .await?;
    let (user, cid) = user;
    let location =
        HeaderValue::from_str(&format!("{}/v1/customers/{cid}/users/{}", state.settings.api_base.path, user.id))
            .map_err(ApiError::internal_from)?;
    Ok((StatusCode::CREATED, [(header::LOCATION, location)], Json(user)).into_response())
}

async fn remove(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, uid)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    let pid = s.partner.id.clone();
    state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            load_customer(&tx, &pid, &cid)?;
            load_user(&tx, &cid, &uid)?;
            tx.execute("DELETE FROM customer_users WHERE customer_id = ?1 AND id = ?2", params![cid, uid])?;
            tx.commit()?;
            Ok(())
        })
        .await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ProductSku {
    pub id: String,
    pub name: String,
    pub sku_part_number: String,
    pub target_type: String,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct License {
    pub product_sku: ProductSku,
    pub service_plans: Vec<String>,
    pub attributes: Attributes,
}

fn part_number(name: &str) -> String {
    name.to_ascii_uppercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

fn user_licenses(c: &Connection, cid: &str, uid: &str) -> rusqlite::Result<Vec<License>> {
    let mut stmt = c.prepare_cached(
        "SELECT l.sku_id, coalesce((SELECT offer_name FROM subscriptions s WHERE s.customer_id = ?1 AND s.offer_id = l.sku_id LIMIT 1), l.sku_id)
         FROM customer_user_licenses l WHERE l.user_id = ?2 ORDER BY 2",
    )?;
    stmt.query_map(params![cid, uid], |r| {
        let name: String = r.get(1)?;
        Ok(License {
            product_sku: ProductSku {
                id: r.get(0)?,
                sku_part_number: part_number(&name),
                name,
                target_type: "User".to_string(),
            },
            service_plans: Vec::new(),
            attributes: Attributes::of("License"),
        })
    })?
    .collect()
}

async fn licenses(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, uid)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    let pid = s.partner.id.clone();
    let items = state
        .db
        .call(move |c| {
            load_customer(c, &pid, &cid)?;
            load_user(c, &cid, &uid)?;
            Ok(user_licenses(c, &cid, &uid)?)
        })
        .await?;
    Ok(Json(Collection::all(items)).into_response())
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LicenseAssignment {
    pub sku_id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LicenseUpdateRequest {
    #[serde(default)]
    pub licenses_to_assign: Vec<LicenseAssignment>,
    #[serde(default)]
    pub licenses_to_remove: Vec<String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AssignedSku {
    pub sku_id: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseUpdate {
    pub licenses_to_assign: Vec<AssignedSku>,
    pub licenses_to_remove: Vec<String>,
    pub license_warnings: Vec<String>,
    pub attributes: Attributes,
}

async fn update_licenses(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, uid)): Path<(String, String)>,
    body: ApiBody<LicenseUpdateRequest>,
) -> Result<Response, ApiError> {
    allowed(&s)?;
    let body = body.parse()?;
    let pid = s.partner.id.clone();
    let out = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            load_customer(&tx, &pid, &cid)?;
            load_user(&tx, &cid, &uid)?;
            let mut check = Fields::new();
            if body.licenses_to_assign.is_empty() && body.licenses_to_remove.is_empty() {
                check.push("$", "required", "Give licensesToAssign or licensesToRemove.");
            }
            if body.licenses_to_assign.len() + body.licenses_to_remove.len() > 50 {
                check.push("$", "too_many", "Change at most 50 licences at once.");
            }
            // The skus a customer can assign are the offers of its active licence subscriptions.
            let mut seats = Vec::new();
            for (i, a) in body.licenses_to_assign.iter().enumerate() {
                let found: Option<(String, i64)> = tx
                    .query_row(
                        "SELECT offer_id, sum(quantity) FROM subscriptions
                         WHERE customer_id = ?1 AND offer_id = ?2 COLLATE NOCASE AND status = 'active' AND billing_type = 'license'
                         GROUP BY offer_id",
                        params![cid, a.sku_id.trim()],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                match found {
                    Some(f) => seats.push(f),
                    None => check.push(format!("licensesToAssign[{i}].skuId"), "invalid_value", "The customer has no active subscription for this product."),
                }
            }
            for (i, r) in body.licenses_to_remove.iter().enumerate() {
                let has: bool = tx.query_row(
                    "SELECT EXISTS (SELECT 1 FROM customer_user_licenses WHERE user_id = ?1 AND sku_id = ?2 COLLATE NOCASE)",
                    params![uid, r.trim()],
                    |x| x.get(0),
                )?;
                if !has {
                    check.push(format!("licensesToRemove[{i}]"), "invalid_value", "The user does not have this licence.");
                }
            }
            check.finish()?;
            for r in &body.licenses_to_remove {
                tx.execute("DELETE FROM customer_user_licenses WHERE user_id = ?1 AND sku_id = ?2 COLLATE NOCASE", params![uid, r.trim()])?;
            }
            let mut assigned = Vec::new();
            for (sku, total) in seats {
                let used: i64 = tx.query_row(
                    "SELECT count(*) FROM customer_user_licenses l JOIN customer_users u ON u.id = l.user_id
                     WHERE u.customer_id = ?1 AND l.sku_id = ?2 AND l.user_id <> ?3",
                    params![cid, sku, uid],
                    |r| r.get(0),
                )?;
                if used >= total {
                    return Err(ApiError::conflict("no_licenses_available", "All licences of this product are assigned."));
                }
                tx.execute("INSERT OR IGNORE INTO customer_user_licenses (user_id, sku_id) VALUES (?1, ?2)", params![uid, sku])?;
                assigned.push(AssignedSku { sku_id: sku });
            }
            tx.commit()?;
            Ok(LicenseUpdate {
                licenses_to_assign: assigned,
                licenses_to_remove: body.licenses_to_remove.iter().map(|r| r.trim().to_string()).collect(),
                license_warnings: Vec::new(),
                attributes: Attributes::of("LicenseUpdate"),
            })
        })
        .await?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}
