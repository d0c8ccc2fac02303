//! Customers, their profiles, the relationship request link, subscriptions, customer users and licences.

pub mod agreements;
pub mod rules;
pub mod search;
pub mod subscriptions;
pub mod upgrades;
pub mod users;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, head, post};
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::api::resource::{Attributes, EchoedObject, echoed_object};
use crate::auth::{Role, SessionInfo, SignedIn};
use crate::concurrency::{check_if_match, etag, etag_header};
use crate::error::{ApiError, FieldError};
use crate::extract::ApiBody;
use crate::settings::Cloud;
use crate::state::AppState;

use crate::api::address::CommerceAddress;
use crate::api::fields::Fields;
use rules::cultures;

pub const READ_ROLES: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent];
pub const WRITE_ROLES: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent];
pub const USER_ROLES: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent];

/// The customers themselves; their list is `search::routes()`, their subscriptions, upgrades,
/// agreements and users the `routes()` of those modules.
pub fn routes() -> Router<AppState> {
    Router::new()
        // GET /customers (the list and its search) is `search::routes()`.
        .route("/customers", post(create))
        .route("/customers/relationshiprequests", get(relationship_request))
        .route("/customers/{id}", get(get_one))
        .route("/customers/{id}/profiles/company", get(company_profile))
        .route("/customers/{id}/profiles/billing", get(billing_profile).put(put_billing_profile))
        .route("/domains/{domain}", head(domain_exists))
}

// ---------------------------------------------------------------------------------------------
// Resources

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct CompanyProfile {
    pub tenant_id: String,
    pub domain: String,
    pub company_name: String,
    pub attributes: Attributes,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BillingProfile {
    pub id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub culture: String,
    pub language: String,
    pub company_name: String,
    pub default_address: CommerceAddress,
    pub attributes: Attributes,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct UserCredentials {
    pub user_name: String,
    pub password: String,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Customer {
    pub id: String,
    pub commerce_id: String,
    pub company_profile: CompanyProfile,
    pub billing_profile: BillingProfile,
    pub relationship_to_partner: String,
    pub allow_delegated_access: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub associated_partner_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_credentials: Option<UserCredentials>,
    pub attributes: Attributes,
}

pub const CUSTOMER_COLUMNS: &str = "id, commerce_id, domain, company_name, relationship, allow_delegated_access, associated_partner_id,
    billing_first_name, billing_last_name, email, culture, language, billing_company_name, default_address, version, company_name_key";

fn billing_tag(id: &str, version: i64) -> String {
    etag(&format!("{id}/billing"), version)
}

pub fn customer_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Customer, String)> {
    let id: String = r.get(0)?;
    let address: String = r.get(13)?;
    let version: i64 = r.get(14)?;
    let default_address = serde_json::from_str(&address)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(13, rusqlite::types::Type::Text, Box::new(e)))?;
    Ok((
        Customer {
            commerce_id: r.get(1)?,
            company_profile: CompanyProfile {
                tenant_id: id.clone(),
                domain: r.get(2)?,
                company_name: r.get(3)?,
                attributes: Attributes::of("CustomerCompanyProfile"),
            },
            relationship_to_partner: r.get(4)?,
            allow_delegated_access: r.get(5)?,
            associated_partner_id: r.get(6)?,
            billing_profile: BillingProfile {
                id: id.clone(),
                first_name: r.get(7)?,
                last_name: r.get(8)?,
                email: r.get(9)?,
                culture: r.get(10)?,
                language: r.get(11)?,
                company_name: r.get(12)?,
                default_address,
                attributes: Attributes { etag: Some(billing_tag(&id, version)), object_type: "CustomerBillingProfile" },
            },
            user_credentials: None,
            attributes: Attributes::of("Customer"),
            id,
        },
        r.get(15)?,
    ))
}

/// The signed-in partner's customer, or 404 (also for another partner's customer).
pub fn load_customer(c: &Connection, partner_id: &str, id: &str) -> Result<Customer, ApiError> {
    c.query_row(
        &format!("SELECT {CUSTOMER_COLUMNS} FROM customers WHERE partner_id = ?1 AND id = ?2"),
        params![partner_id, id],
        customer_row,
    )
    .optional()?
    .map(|(c, _)| c)
    .ok_or_else(ApiError::not_found)
}

// ---------------------------------------------------------------------------------------------
// Create

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewCompanyProfile {
    pub domain: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BillingProfileInput {
    /// Read-only: may be sent back unchanged (a client can PUT what it read).
    #[serde(default)]
    pub id: Option<String>,
    /// Read-only, ignored; an object when present.
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    pub email: String,
    pub culture: String,
    pub language: String,
    pub company_name: String,
    pub default_address: CommerceAddress,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NewCustomer {
    pub company_profile: NewCompanyProfile,
    pub billing_profile: BillingProfileInput,
    #[serde(default)]
    pub associated_partner_id: Option<String>,
}

/// A checked billing profile.
struct Billing {
    first_name: String,
    last_name: String,
    email: String,
    culture: String,
    language: String,
    company_name: String,
    address: CommerceAddress,
}

fn check_billing(b: BillingProfileInput, cloud: Cloud, prefix: &str, c: &mut Fields) -> Billing {
    let f = |n: &str| if prefix.is_empty() { n.to_string() } else { format!("{prefix}.{n}") };
    let address = b.default_address.normalized();
    let first_name = b.first_name.map(|s| s.trim().to_string()).unwrap_or_else(|| address.first_name.clone());
    let last_name = b.last_name.map(|s| s.trim().to_string()).unwrap_or_else(|| address.last_name.clone());
    c.text(&f("firstName"), &first_name, 1, 50);
    c.text(&f("lastName"), &last_name, 1, 50);
    let email = b.email.trim().to_string();
    c.email(&f("email"), &email);
    let culture = b.culture.trim().to_string();
    let culture = cultures(cloud).iter().find(|x| x.eq_ignore_ascii_case(&culture)).map(|x| x.to_string());
    if culture.is_none() {
        c.push(f("culture"), "invalid_value", format!("Use one of {}.", cultures(cloud).join(", ")));
    }
    let language = b.language.trim().to_ascii_lowercase();
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|x| x.is_ascii_lowercase()) {
        c.push(f("language"), "invalid_format", "Use an ISO 639-1 language code like zh or en.");
    }
    let company_name = b.company_name.trim().to_string();
    c.text(&f("companyName"), &company_name, 1, 50);
    address.check(&f("defaultAddress"), cloud, c);
    Billing { first_name, last_name, email, culture: culture.unwrap_or_default(), language, company_name, address }
}

fn check_domain(domain: &str, cloud: Cloud, field: &str, c: &mut Fields) -> String {
    let domain = domain.trim().to_ascii_lowercase();
    let suffix = cloud.domain_suffix();
    match domain.strip_suffix(suffix) {
        Some(prefix)
            if !prefix.is_empty()
                && prefix.len() <= 27
                && prefix.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) => {}
        _ => c.push(field, "invalid_format", format!("Use 1 to 27 letters or digits followed by {suffix}.")),
    }
    domain
}

async fn create(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    body: ApiBody<NewCustomer>,
) -> Result<Response, ApiError> {
    s.require_any(WRITE_ROLES)?;
    let body = body.parse()?;
    let cloud = s.cloud();
    let mut c = Fields::new();
    let domain = check_domain(&body.company_profile.domain, cloud, "companyProfile.domain", &mut c);
    let billing = check_billing(body.billing_profile, cloud, "billingProfile", &mut c);
    let associated = body.associated_partner_id.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
    if associated.as_ref().is_some_and(|a| uuid::Uuid::parse_str(a).is_err()) {
        c.push("associatedPartnerId", "invalid_format", "Use the indirect reseller's tenant id (a GUID).");
    }
    c.finish()?;
    // A readable, strong initial password for the new tenant's admin (as a partner user's).
    let password = crate::auth::password::temporary_password().map_err(ApiError::internal_from)?;
    let id = uuid::Uuid::new_v4().to_string();
    let commerce_id = uuid::Uuid::new_v4().to_string();
    let pid = s.partner.id.clone();
    let now = crate::time::now();
    let address = serde_json::to_string(&billing.address).map_err(ApiError::internal_from)?;
    let id2 = id.clone();
    let mut customer = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let taken: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM customers WHERE domain_key = ?1)", [&domain], |r| r.get(0))?;
            if taken {
                return Err(ApiError::conflict("domain_taken", "This domain is already in use by another tenant. Choose another."));
            }
            tx.execute(
                "INSERT INTO customers (id, partner_id, commerce_id, domain, domain_key, company_name, company_name_key, relationship,
                   allow_delegated_access, associated_partner_id, associated_partner_key, billing_first_name, billing_last_name, email,
                   culture, language, billing_company_name, default_address, version, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, 'reseller', 1, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?5, ?14, 1, ?15)",
                params![
                    id2,
                    pid,
                    commerce_id,
                    domain,
                    billing.company_name,
                    billing.company_name.to_lowercase(),
                    associated,
                    associated.as_ref().map(|a| a.to_lowercase()),
                    billing.first_name,
                    billing.last_name,
                    billing.email,
                    billing.culture,
                    billing.language,
                    address,
                    now
                ],
            )?;
            let customer = load_customer(&tx, &pid, &id2)?;
            tx.commit()?;
            Ok(customer)
        })
        .await?;
    customer.user_credentials =
        Some(UserCredentials { user_name: format!("admin@{}", customer.company_profile.domain), password });
    let location = HeaderValue::from_str(&format!("{}/v1/customers/{id}", state.settings.api_base.path))
        .map_err(ApiError::internal_from)?;
    let mut res = (StatusCode::CREATED, [(header::LOCATION, location)], Json(customer)).into_response();
    // The admin's initial password is shown once: a replay keeps it in memory, never in the database.
    res.extensions_mut().insert(crate::middleware::idempotency::SecretAnswer);
    Ok(res)
}

// ---------------------------------------------------------------------------------------------
// One customer and its profiles

async fn get_one(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Customer>, ApiError> {
    s.require_any(READ_ROLES)?;
    let pid = s.partner.id.clone();
    Ok(Json(state.db.call(move |c| load_customer(c, &pid, &id)).await?))
}

async fn company_profile(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<CompanyProfile>, ApiError> {
    s.require_any(READ_ROLES)?;
    let pid = s.partner.id.clone();
    Ok(Json(state.db.call(move |c| load_customer(c, &pid, &id)).await?.company_profile))
}

fn billing_response(b: BillingProfile) -> Response {
    let tag = b.attributes.etag.clone().unwrap_or_default();
    ([(header::ETAG, etag_header(&tag))], Json(b)).into_response()
}

async fn billing_profile(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    s.require_any(READ_ROLES)?;
    let pid = s.partner.id.clone();
    Ok(billing_response(state.db.call(move |c| load_customer(c, &pid, &id)).await?.billing_profile))
}

async fn put_billing_profile(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: ApiBody<BillingProfileInput>,
) -> Result<Response, ApiError> {
    s.require_any(WRITE_ROLES)?;
    let body = body.parse()?;
    let pid = s.partner.id.clone();
    let cloud = s.cloud();
    let mut c = Fields::new();
    let sent_id = body.id.clone();
    let billing = check_billing(body, cloud, "", &mut c);
    let mut errors = c.errors;
    let updated = state
        .db
        .call(move |conn| {
            let tx = conn.transaction()?;
            let current = load_customer(&tx, &pid, &id)?;
            if sent_id.is_some_and(|x| x != current.id) {
                errors.insert(0, FieldError::new("id", "read_only", "The id cannot change."));
            }
            if !errors.is_empty() {
                return Err(ApiError::validation_failed(errors));
            }
            // After validation: preconditions apply only to otherwise valid requests (RFC 9110).
            check_if_match(&headers, current.billing_profile.attributes.etag.as_deref().unwrap_or_default())?;
            let address = serde_json::to_string(&billing.address).map_err(ApiError::internal_from)?;
            tx.execute(
                "UPDATE customers SET billing_first_name = ?3, billing_last_name = ?4, email = ?5, culture = ?6, language = ?7,
                   billing_company_name = ?8, default_address = ?9, version = version + 1
                 WHERE partner_id = ?1 AND id = ?2",
                params![pid, id, billing.first_name, billing.last_name, billing.email, billing.culture, billing.language, billing.company_name, address],
            )?;
            let out = load_customer(&tx, &pid, &id)?;
            tx.commit()?;
            Ok(out)
        })
        .await?;
    Ok(billing_response(updated.billing_profile))
}

// ---------------------------------------------------------------------------------------------
// Relationship request link, domain availability

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RelationshipRequest {
    pub url: String,
    pub attributes: Attributes,
}

pub fn admin_portal(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::China => "https://portal.partner.microsoftonline.cn",
        Cloud::Global => "https://admin.microsoft.com",
    }
}

async fn relationship_request(SignedIn(s): SignedIn) -> Result<Json<RelationshipRequest>, ApiError> {
    s.require_any(WRITE_ROLES)?;
    Ok(Json(relationship_link(&s)))
}

pub fn relationship_link(s: &SessionInfo) -> RelationshipRequest {
    RelationshipRequest {
        url: format!(
            "{}/Adminportal/Home?invType=ResellerRelationship&partnerId={}&msppId=0&DAP=true#/BillingAccounts/partner-invitation",
            admin_portal(s.cloud()),
            s.partner.id
        ),
        attributes: Attributes::of("RelationshipRequest"),
    }
}

async fn domain_exists(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path(domain): Path<String>,
) -> Result<Response, ApiError> {
    s.require_any(WRITE_ROLES)?;
    let domain = domain.trim().to_ascii_lowercase();
    if domain.is_empty()
        || domain.len() > 253
        || !domain.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
    {
        return Err(ApiError::validation_failed(vec![FieldError::new(
            "domain",
            "invalid_format",
            "Not a domain name.",
        )]));
    }
    let taken = state
        .db
        .call(move |c| {
            Ok(c.query_row("SELECT EXISTS (SELECT 1 FROM customers WHERE domain_key = ?1)", [&domain], |r| {
                r.get::<_, bool>(0)
            })?)
        })
        .await?;
    if taken { Ok(StatusCode::OK.into_response()) } else { Err(ApiError::not_found()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strategies;
    use proptest::prelude::*;

    fn billing(v: &[String]) -> BillingProfileInput {
        BillingProfileInput {
            id: Some(v[10].clone()),
            attributes: None,
            first_name: Some(v[11].clone()),
            last_name: Some(v[12].clone()),
            email: v[13].clone(),
            culture: v[14].clone(),
            language: v[15].clone(),
            company_name: v[16].clone(),
            default_address: rules::tests::address(&v[..10]),
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_customer_is_checked(v in proptest::collection::vec(strategies::text(), 18)) {
            for cloud in [Cloud::China, Cloud::Global] {
                let mut c = Fields::new();
                let domain = check_domain(&v[17], cloud, "companyProfile.domain", &mut c);
                prop_assert!(domain.len() <= v[17].len());
                let b = check_billing(billing(&v), cloud, "billingProfile", &mut c);
                prop_assert!(b.culture.is_empty() || cultures(cloud).contains(&b.culture.as_str()));
                prop_assert!(c.errors.iter().all(|e| e.field.starts_with("billingProfile.") || e.field == "companyProfile.domain"));
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_customers(s in strategies::long()) {
            let mut c = Fields::new();
            check_domain(&s, Cloud::Global, "d", &mut c);
            check_billing(billing(&vec![s.clone(); 18]), Cloud::Global, "b", &mut c);
            prop_assert!(c.failed("d") && c.failed("b.email"));
        }
    }
}
