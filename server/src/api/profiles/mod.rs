//! Partner profiles (legal business, billing, organization, support, MPN) and the MPN ID lookup,
//! as Partner Center's `/v1/profiles/*`, scoped to the signed-in user's partner.
//!
//! Profiles are full-object `PUT`s with `If-Match`, as in the real API. Read-only fields
//! (`vettingStatus`, the billing `companyName` and `billingCurrency`, the organization's `id`,
//! `tenantId` and `domain`, `profileType`, `attributes`) may be echoed back unchanged, so a client
//! can send what it read; a changed value is refused with the field code `read_only`.

use std::collections::HashMap;

use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{Connection, OptionalExtension, params};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

/// For read-only fields a client may echo: absent is fine, `null` is not (the contract does not
/// make them nullable), so it is refused like any other wrong type.
fn present<'de, D: serde::Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Option<T>, D::Error> {
    T::deserialize(d).map(Some)
}

use crate::api::address::{PartnerAddress, trim, trim_opt};
use crate::api::fields::Fields;
use crate::api::resource::{Attributes, EchoedObject, echoed_object};
use crate::auth::{Role, SignedIn};
use crate::concurrency::{check_if_match, etag, etag_header};
use crate::error::ApiError;
use crate::extract::ApiBody;
use crate::paging::bool_query;
use crate::settings::Cloud;
use crate::state::AppState;

/// Who may read the partner's profiles (help desk agents can't view partner profiles).
pub const READERS: &[Role] =
    &[Role::GlobalAdmin, Role::UserManagementAdmin, Role::BillingAdmin, Role::AdminAgent, Role::SalesAgent];
/// Who may update the legal business, organization and support profiles.
pub const EDITORS: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent];
/// Who may update the billing profile ("Only the Global admin, Billing admin or Admin agent can
/// change the billing address").
pub const BILLING_EDITORS: &[Role] = &[Role::GlobalAdmin, Role::BillingAdmin, Role::AdminAgent];

pub const COMPANY_NAME_MAX: usize = 100;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/profiles/legalbusiness",
            get(get_profile::<LegalBusinessProfile>).put(put_profile::<LegalBusinessProfile>),
        )
        .route("/profiles/billing", get(get_profile::<BillingProfile>).put(put_profile::<BillingProfile>))
        .route(
            "/profiles/organization",
            get(get_profile::<OrganizationProfile>).put(put_profile::<OrganizationProfile>),
        )
        .route("/profiles/support", get(get_profile::<SupportProfile>).put(put_profile::<SupportProfile>))
        .route("/profiles/mpn", get(get_mpn))
}

// ---------------------------------------------------------------------------------------------
// Shapes

#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub phone_number: String,
}

impl Contact {
    pub fn check(&mut self, r: &mut Fields, at: &str) {
        for s in [&mut self.first_name, &mut self.last_name, &mut self.email, &mut self.phone_number] {
            trim(s);
        }
        r.text(&format!("{at}.firstName"), &self.first_name, 1, 50);
        r.text(&format!("{at}.lastName"), &self.last_name, 1, 50);
        r.email(&format!("{at}.email"), &self.email);
        r.phone(&format!("{at}.phoneNumber"), &self.phone_number);
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum VettingStatus {
    None,
    Pending,
    Authorized,
    Rejected,
}

#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum VettingSubStatus {
    None,
    Entry,
    EmailOwnership,
    EmailDomain,
    EmploymentVerification,
    Decision,
    Other,
    BusinessVerification,
}

/// `LegalBusinessProfile`, as stored (without profileType and attributes).
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LegalBusinessProfile {
    pub company_name: String,
    pub address: PartnerAddress,
    pub primary_contact: Contact,
    pub company_approver_address: PartnerAddress,
    pub company_approver_email: String,
    pub vetting_status: VettingStatus,
    pub vetting_sub_status: VettingSubStatus,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LegalBusinessProfileUpdate {
    pub company_name: String,
    pub address: PartnerAddress,
    pub primary_contact: Contact,
    pub company_approver_address: PartnerAddress,
    pub company_approver_email: String,
    #[serde(default, deserialize_with = "present")]
    pub vetting_status: Option<VettingStatus>,
    #[serde(default, deserialize_with = "present")]
    pub vetting_sub_status: Option<VettingSubStatus>,
    #[serde(default, deserialize_with = "present")]
    pub profile_type: Option<String>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub links: Option<EchoedObject>,
}

/// `BillingProfile`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct BillingProfile {
    pub company_name: String,
    pub address: PartnerAddress,
    pub primary_contact: Contact,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purchase_order_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_id: Option<String>,
    pub billing_currency: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BillingProfileUpdate {
    #[serde(default, deserialize_with = "present")]
    pub company_name: Option<String>,
    pub address: PartnerAddress,
    pub primary_contact: Contact,
    #[serde(default)]
    pub purchase_order_number: Option<String>,
    #[serde(default)]
    pub tax_id: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub billing_currency: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub profile_type: Option<String>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub links: Option<EchoedObject>,
}

/// `OrganizationProfile`.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct OrganizationProfile {
    pub id: String,
    pub company_name: String,
    pub default_address: PartnerAddress,
    pub tenant_id: String,
    pub domain: String,
    pub email: String,
    pub language: String,
    pub culture: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OrganizationProfileUpdate {
    #[serde(default, deserialize_with = "present")]
    pub id: Option<String>,
    pub company_name: String,
    pub default_address: PartnerAddress,
    #[serde(default, deserialize_with = "present")]
    pub tenant_id: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub domain: Option<String>,
    pub email: String,
    pub language: String,
    pub culture: String,
    #[serde(default, deserialize_with = "present")]
    pub profile_type: Option<String>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub links: Option<EchoedObject>,
}

/// The languages and cultures a partner organization can choose (the portal's locales).
pub const LANGUAGES: &[&str] = &["en", "zh-Hans", "zh-Hant", "ko", "fr"];
pub const CULTURES: &[&str] = &["en-US", "zh-CN", "zh-TW", "ko-KR", "fr-FR"];

/// `PartnerSupportProfile`: where Microsoft sends the partner's customers for support.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SupportProfile {
    pub email: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub telephone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SupportProfileUpdate {
    pub email: String,
    pub telephone: String,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default, deserialize_with = "present")]
    pub profile_type: Option<String>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub links: Option<EchoedObject>,
}

// ---------------------------------------------------------------------------------------------
// Storage

/// What a profile's defaults and rules need to know about the partner.
pub struct PartnerInfo {
    pub id: String,
    pub company_name: String,
    pub cloud: Cloud,
    pub domain: String,
    /// The first global admin: (display name, user principal name).
    pub admin: Option<(String, String)>,
}

/// The partner's domain: the stored one, else the domain of its first global admin's sign-in
/// name (partners without a `partner_details` row, e.g. created by enrollment).
pub fn partner_info(conn: &Connection, partner_id: &str) -> Result<PartnerInfo, ApiError> {
    let (company_name, cloud, domain): (String, String, Option<String>) = conn
        .query_row(
            "SELECT p.company_name, p.cloud, d.domain FROM partners p LEFT JOIN partner_details d ON d.partner_id = p.id
             WHERE p.id = ?1",
            [partner_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?
        .ok_or_else(ApiError::not_found)?;
    let admin: Option<(String, String)> = conn
        .query_row(
            "SELECT display_name, user_principal_name FROM users WHERE partner_id = ?1
             ORDER BY admin_role = 'global_admin' DESC, created_at, id LIMIT 1",
            [partner_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let domain = domain.filter(|d| !d.is_empty()).unwrap_or_else(|| {
        admin
            .as_ref()
            .and_then(|(_, upn)| upn.rsplit_once('@').map(|(_, d)| d.to_ascii_lowercase()))
            .unwrap_or_default()
    });
    let cloud = Cloud::parse(&cloud).ok_or_else(|| ApiError::internal_from(format_args!("unknown cloud {cloud:?}")))?;
    Ok(PartnerInfo { id: partner_id.to_string(), company_name, cloud, domain, admin })
}

/// A profile kind: its stored shape, update body, defaults and rules.
pub trait Profile: Serialize + DeserializeOwned + Send + Sync + 'static {
    /// `profileType` (also the row's key).
    const TYPE: &'static str;
    /// `attributes.objectType`.
    const OBJECT_TYPE: &'static str;
    const EDITORS: &'static [Role];
    type Update: DeserializeOwned + Send + 'static;

    /// The profile of a partner that has none stored yet.
    fn default_for(p: &PartnerInfo) -> Self;

    /// The updated profile, or 400 `validation_failed` with every field problem.
    fn apply(&self, update: Self::Update, p: &PartnerInfo) -> Result<Self, ApiError>;
}

fn read_only<T: PartialEq + ?Sized>(r: &mut Fields, field: &str, sent: Option<&T>, current: &T) {
    if sent.is_some_and(|s| s != current) {
        r.push(field, "read_only", "This field cannot be changed; send the value you read or leave it out.");
    }
}

fn check_profile_type(r: &mut Fields, sent: Option<&str>, expected: &str) {
    if sent.is_some_and(|s| s != expected) {
        r.push("profileType", "invalid_value", format!("profileType is `{expected}` for this profile."));
    }
}

fn default_address(p: &PartnerInfo) -> PartnerAddress {
    PartnerAddress {
        country: if p.cloud == Cloud::China { "CN" } else { "US" }.to_string(),
        ..PartnerAddress::default()
    }
}

fn default_contact(p: &PartnerInfo) -> Contact {
    let Some((name, upn)) = &p.admin else { return Contact::default() };
    let (first, last) = split_name(name);
    Contact { first_name: first, last_name: last, email: upn.clone(), phone_number: String::new() }
}

/// A display name as (first, last): the shared name order read backwards (Chinese and Korean
/// names put the family name first).
fn split_name(name: &str) -> (String, String) {
    let (first, last) = partner_center_rules::name::split_full_name(name);
    (first.to_string(), last.to_string())
}

impl Profile for LegalBusinessProfile {
    const TYPE: &'static str = "legal_business_profile";
    const OBJECT_TYPE: &'static str = "LegalBusinessProfile";
    const EDITORS: &'static [Role] = EDITORS;
    type Update = LegalBusinessProfileUpdate;

    fn default_for(p: &PartnerInfo) -> Self {
        LegalBusinessProfile {
            company_name: p.company_name.clone(),
            address: default_address(p),
            primary_contact: default_contact(p),
            company_approver_address: default_address(p),
            company_approver_email: p.admin.as_ref().map(|a| a.1.clone()).unwrap_or_default(),
            vetting_status: VettingStatus::None,
            vetting_sub_status: VettingSubStatus::None,
        }
    }

    fn apply(&self, mut u: Self::Update, _p: &PartnerInfo) -> Result<Self, ApiError> {
        let mut r = Fields::new();
        trim(&mut u.company_name);
        trim(&mut u.company_approver_email);
        r.text("companyName", &u.company_name, 1, COMPANY_NAME_MAX);
        u.address.check(&mut r, "address");
        // "You can't change the country associated with your legal address."
        if !r.failed("address.country") && !self.address.country.is_empty() && u.address.country != self.address.country
        {
            r.push("address.country", "immutable", "The country of the legal address cannot be changed.");
        }
        u.primary_contact.check(&mut r, "primaryContact");
        u.company_approver_address.check(&mut r, "companyApproverAddress");
        r.email("companyApproverEmail", &u.company_approver_email);
        read_only(&mut r, "vettingStatus", u.vetting_status.as_ref(), &self.vetting_status);
        read_only(&mut r, "vettingSubStatus", u.vetting_sub_status.as_ref(), &self.vetting_sub_status);
        check_profile_type(&mut r, u.profile_type.as_deref(), Self::TYPE);
        r.finish()?;
        // Changing the legal name or address re-assesses the legal identity.
        let reassess = u.company_name != self.company_name || u.address != self.address;
        Ok(LegalBusinessProfile {
            company_name: u.company_name,
            address: u.address,
            primary_contact: u.primary_contact,
            company_approver_address: u.company_approver_address,
            company_approver_email: u.company_approver_email,
            vetting_status: if reassess { VettingStatus::Pending } else { self.vetting_status },
            vetting_sub_status: if reassess { VettingSubStatus::BusinessVerification } else { self.vetting_sub_status },
        })
    }
}

fn check_tax_id(r: &mut Fields, v: Option<&str>) {
    if let Some(v) = v
        && r.opt_text("taxId", Some(v), 50)
        && !v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b' ' || b == b'/')
    {
        r.push("taxId", "invalid_format", "Use letters, digits, spaces, hyphens and slashes only.");
    }
}

impl Profile for BillingProfile {
    const TYPE: &'static str = "billing_profile";
    const OBJECT_TYPE: &'static str = "BillingProfile";
    const EDITORS: &'static [Role] = BILLING_EDITORS;
    type Update = BillingProfileUpdate;

    fn default_for(p: &PartnerInfo) -> Self {
        BillingProfile {
            company_name: p.company_name.clone(),
            address: default_address(p),
            primary_contact: default_contact(p),
            purchase_order_number: None,
            tax_id: None,
            billing_currency: billing_currency(p.cloud).to_string(),
        }
    }

    fn apply(&self, mut u: Self::Update, _p: &PartnerInfo) -> Result<Self, ApiError> {
        let mut r = Fields::new();
        trim_opt(&mut u.purchase_order_number);
        trim_opt(&mut u.tax_id);
        // "The company name on invoices cannot be changed."
        read_only(&mut r, "companyName", u.company_name.as_deref().map(str::trim), self.company_name.as_str());
        u.address.check(&mut r, "address");
        u.primary_contact.check(&mut r, "primaryContact");
        r.opt_text("purchaseOrderNumber", u.purchase_order_number.as_deref(), 50);
        check_tax_id(&mut r, u.tax_id.as_deref());
        read_only(&mut r, "billingCurrency", u.billing_currency.as_deref(), self.billing_currency.as_str());
        check_profile_type(&mut r, u.profile_type.as_deref(), Self::TYPE);
        r.finish()?;
        Ok(BillingProfile {
            company_name: self.company_name.clone(),
            address: u.address,
            primary_contact: u.primary_contact,
            purchase_order_number: u.purchase_order_number,
            tax_id: u.tax_id,
            billing_currency: self.billing_currency.clone(),
        })
    }
}

/// Partner Center operated by 21Vianet bills in CNY; the global demo partner in USD.
pub fn billing_currency(cloud: Cloud) -> &'static str {
    if cloud == Cloud::China { "CNY" } else { "USD" }
}

impl Profile for OrganizationProfile {
    const TYPE: &'static str = "organization_profile";
    const OBJECT_TYPE: &'static str = "OrganizationProfile";
    const EDITORS: &'static [Role] = EDITORS;
    type Update = OrganizationProfileUpdate;

    fn default_for(p: &PartnerInfo) -> Self {
        let china = p.cloud == Cloud::China;
        OrganizationProfile {
            id: p.id.clone(),
            company_name: p.company_name.clone(),
            default_address: default_address(p),
            tenant_id: p.id.clone(),
            domain: p.domain.clone(),
            email: p.admin.as_ref().map(|a| a.1.clone()).unwrap_or_default(),
            language: if china { "zh-Hans" } else { "en" }.to_string(),
            culture: if china { "zh-CN" } else { "en-US" }.to_string(),
        }
    }

    fn apply(&self, mut u: Self::Update, _p: &PartnerInfo) -> Result<Self, ApiError> {
        let mut r = Fields::new();
        trim(&mut u.company_name);
        trim(&mut u.email);
        read_only(&mut r, "id", u.id.as_deref(), self.id.as_str());
        r.text("companyName", &u.company_name, 1, COMPANY_NAME_MAX);
        u.default_address.check(&mut r, "defaultAddress");
        read_only(&mut r, "tenantId", u.tenant_id.as_deref(), self.tenant_id.as_str());
        read_only(&mut r, "domain", u.domain.as_deref(), self.domain.as_str());
        r.email("email", &u.email);
        if !LANGUAGES.contains(&u.language.as_str()) {
            r.push("language", "invalid_value", format!("Use one of {}.", LANGUAGES.join(", ")));
        }
        if !CULTURES.contains(&u.culture.as_str()) {
            r.push("culture", "invalid_value", format!("Use one of {}.", CULTURES.join(", ")));
        }
        check_profile_type(&mut r, u.profile_type.as_deref(), Self::TYPE);
        r.finish()?;
        Ok(OrganizationProfile {
            id: self.id.clone(),
            company_name: u.company_name,
            default_address: u.default_address,
            tenant_id: self.tenant_id.clone(),
            domain: self.domain.clone(),
            email: u.email,
            language: u.language,
            culture: u.culture,
        })
    }
}

impl Profile for SupportProfile {
    const TYPE: &'static str = "support_profile";
    const OBJECT_TYPE: &'static str = "PartnerSupportProfile";
    const EDITORS: &'static [Role] = EDITORS;
    type Update = SupportProfileUpdate;

    fn default_for(p: &PartnerInfo) -> Self {
        SupportProfile {
            email: p.admin.as_ref().map(|a| a.1.clone()).unwrap_or_default(),
            telephone: None,
            website: None,
        }
    }

    fn apply(&self, mut u: Self::Update, _p: &PartnerInfo) -> Result<Self, ApiError> {
        let mut r = Fields::new();
        trim(&mut u.email);
        trim(&mut u.telephone);
        trim_opt(&mut u.website);
        r.email("email", &u.email);
        r.phone("telephone", &u.telephone);
        if let Some(w) = &u.website {
            r.url("website", w);
        }
        check_profile_type(&mut r, u.profile_type.as_deref(), Self::TYPE);
        r.finish()?;
        Ok(SupportProfile { email: u.email, telephone: Some(u.telephone), website: u.website })
    }
}

/// The stored profile and its version; a partner without one gets the defaults, stored now.
pub fn load<T: Profile>(conn: &Connection, p: &PartnerInfo, now: i64) -> Result<(T, i64), ApiError> {
    let row: Option<(String, i64)> = conn
        .query_row(
            "SELECT body, version FROM partner_profiles WHERE partner_id = ?1 AND profile_type = ?2",
            params![p.id, T::TYPE],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((body, version)) = row {
        let profile = serde_json::from_str(&body).map_err(ApiError::internal_from)?;
        return Ok((profile, version));
    }
    let profile = T::default_for(p);
    store(conn, &p.id, &profile, 1, now)?;
    Ok((profile, 1))
}

/// Writes a profile at `version` (insert or replace).
pub fn store<T: Profile>(
    conn: &Connection,
    partner_id: &str,
    profile: &T,
    version: i64,
    now: i64,
) -> Result<(), ApiError> {
    let body = serde_json::to_string(profile).map_err(ApiError::internal_from)?;
    conn.execute(
        "INSERT INTO partner_profiles (partner_id, profile_type, body, version, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (partner_id, profile_type) DO UPDATE SET body = excluded.body, version = excluded.version, updated_at = excluded.updated_at",
        params![partner_id, T::TYPE, body, version, now],
    )?;
    Ok(())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ProfileBody<'a, T> {
    #[serde(flatten)]
    profile: &'a T,
    profile_type: &'static str,
    attributes: Attributes,
}

fn profile_response<T: Profile>(profile: &T, partner_id: &str, version: i64) -> Response {
    let tag = etag(&format!("{partner_id}/{}", T::TYPE), version);
    let mut attributes = Attributes::of(T::OBJECT_TYPE);
    attributes.etag = Some(tag.clone());
    let body = ProfileBody { profile, profile_type: T::TYPE, attributes };
    ([(header::ETAG, etag_header(&tag))], Json(body)).into_response()
}

async fn get_profile<T: Profile>(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    session.require_any(READERS)?;
    // Partner Center's `vettingVersion=Current|LastFinalized`: one version here, but the value is checked.
    if T::TYPE == LegalBusinessProfile::TYPE
        && let Some(v) = query.get("vettingVersion")
        && !["Current", "LastFinalized"].iter().any(|k| k.eq_ignore_ascii_case(v))
    {
        let mut r = Fields::new();
        r.push("vettingVersion", "invalid_value", "Use Current or LastFinalized.");
        r.finish()?;
    }
    let partner_id = session.partner.id.clone();
    let (profile, version) = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let p = partner_info(&tx, &partner_id)?;
            let found = load::<T>(&tx, &p, crate::time::now())?;
            tx.commit()?;
            Ok(found)
        })
        .await?;
    Ok(profile_response(&profile, &session.partner.id, version))
}

async fn put_profile<T: Profile>(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    headers: HeaderMap,
    body: ApiBody<T::Update>,
) -> Result<Response, ApiError> {
    session.require_any(T::EDITORS)?;
    let update = body.parse()?;
    let partner_id = session.partner.id.clone();
    let (profile, version) = state
        .db
        .call(move |c| {
            let now = crate::time::now();
            let tx = c.transaction()?;
            let p = partner_info(&tx, &partner_id)?;
            let (current, version) = load::<T>(&tx, &p, now)?;
            // Invalid input answers 400 whatever the version (RFC 9110: preconditions apply
            // only to requests that would otherwise succeed).
            let updated = current.apply(update, &p)?;
            check_if_match(&headers, &etag(&format!("{partner_id}/{}", T::TYPE), version))?;
            // Saturating: the version is stored data.
            let next = version.saturating_add(1);
            store(&tx, &partner_id, &updated, next, now)?;
            tx.commit()?;
            Ok((updated, next))
        })
        .await?;
    Ok(profile_response(&profile, &session.partner.id, version))
}

// ---------------------------------------------------------------------------------------------
// MPN

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MpnProfile {
    pub partner_name: String,
    pub mpn_id: String,
    pub profile_type: &'static str,
    pub attributes: Attributes,
}

impl MpnProfile {
    fn new(partner_name: String, mpn_id: String) -> MpnProfile {
        MpnProfile { partner_name, mpn_id, profile_type: "mpn_profile", attributes: Attributes::of("MpnProfile") }
    }
}

/// 404 with the Partner Center code for an MPN ID that the registry does not know.
pub fn mpn_not_found() -> ApiError {
    ApiError::new(axum::http::StatusCode::NOT_FOUND, "800015", "MPN ID not found.")
}

/// `GET /profiles/mpn`: the own partner's MPN profile, or with `?mpnId=` the lookup of any MPN
/// ID (used while enrolling, so any signed-in user may look up).
async fn get_mpn(
    State(state): State<AppState>,
    SignedIn(session): SignedIn,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Json<MpnProfile>, ApiError> {
    // Accepted and ignored (the registry has no advisor data), but it must be a boolean.
    bool_query(&query, "verifyAdvisor")?;
    if let Some(mpn_id) = query.get("mpnId") {
        let mpn_id = mpn_id.trim().to_string();
        let mut r = Fields::new();
        r.rule("mpnId", partner_center_rules::contact::mpn_id(&mpn_id), "An MPN ID is 5 to 10 digits.");
        r.finish()?;
        let found = state.db.call(move |c| lookup_mpn(c, &mpn_id)).await?;
        return found.ok_or_else(mpn_not_found).map(Json);
    }
    session.require_any(READERS)?;
    let partner_id = session.partner.id.clone();
    let found = state
        .db
        .call(move |c| {
            let row: Option<(String, Option<String>)> = c
                .query_row(
                    "SELECT p.company_name, d.mpn_id FROM partners p LEFT JOIN partner_details d ON d.partner_id = p.id
                     WHERE p.id = ?1",
                    [&partner_id],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((company, Some(mpn_id))) = row else { return Ok(None) };
            Ok(Some(lookup_mpn(c, &mpn_id)?.unwrap_or_else(|| MpnProfile::new(company, mpn_id))))
        })
        .await?;
    found
        .ok_or_else(|| {
            ApiError::new(
                axum::http::StatusCode::NOT_FOUND,
                "not_found",
                "No MPN ID is associated with this partner account.",
            )
        })
        .map(Json)
}

/// The MPN registry: the profiles area's reference data and the IDs the enrollment area adds.
/// Enrollment submit asks the same question (`enrollment::submit::mpn_known`), so a lookup
/// that succeeds is never contradicted by a submit.
pub fn lookup_mpn(conn: &Connection, mpn_id: &str) -> Result<Option<MpnProfile>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT partner_name, mpn_id FROM mpn_registry WHERE mpn_id = ?1
             UNION ALL SELECT partner_name, mpn_id FROM enrollment_mpn_ids WHERE mpn_id = ?1
             LIMIT 1",
            [mpn_id],
            |r| Ok(MpnProfile::new(r.get(0)?, r.get(1)?)),
        )
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_family_name_last() {
        assert_eq!(split_name("王立华"), ("立华".to_string(), "王".to_string()));
        assert_eq!(split_name("Avery Howard"), ("Avery".to_string(), "Howard".to_string()));
        assert_eq!(split_name("Cher"), ("Cher".to_string(), String::new()));
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn address(v: &[String]) -> PartnerAddress {
        PartnerAddress {
            country: v[0].clone(),
            region: Some(v[1].clone()),
            city: v[2].clone(),
            state: Some(v[3].clone()),
            address_line1: v[4].clone(),
            address_line2: Some(v[5].clone()),
            postal_code: v[6].clone(),
            first_name: Some(v[7].clone()),
            last_name: Some(v[8].clone()),
            phone_number: Some(v[9].clone()),
        }
    }

    fn contact(v: &[String]) -> Contact {
        Contact { first_name: v[0].clone(), last_name: v[1].clone(), email: v[2].clone(), phone_number: v[3].clone() }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_address_and_contact_is_checked(
            v in proptest::collection::vec(strategies::text(), 14),
            country in proptest::sample::select(&["CN", "US", "KR", "GB", "us"][..]),
        ) {
            let mut r = Fields::new();
            address(&v).check(&mut r, "address");
            let mut valid_country = address(&v);
            valid_country.country = country.to_string();
            valid_country.check(&mut r, "address");
            contact(&v[10..]).check(&mut r, "primaryContact");
            prop_assert!(r.errors.iter().all(|e| e.field.starts_with("address.") || e.field.starts_with("primaryContact.")));
        }

        #[test]
        fn any_display_name_splits(name in strategies::text()) {
            let (first, last) = split_name(&name);
            prop_assert!(first.chars().count() + last.chars().count() <= name.chars().count());
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_profiles(s in strategies::long()) {
            let mut v = vec![s.clone(); 14];
            v[0] = "US".to_string();
            let mut r = Fields::new();
            address(&v).check(&mut r, "address");
            contact(&v[10..]).check(&mut r, "primaryContact");
            prop_assert!(r.failed("address.postalCode") && r.failed("primaryContact.email"));
            let _ = split_name(&s);
        }
    }
}
