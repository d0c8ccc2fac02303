//! `/v1/customers/{id}/subscriptions/{sub}/upgrades`: the upgrade paths of a legacy Office 365
//! subscription and the upgrade itself (Partner Center's "Get a list of upgrades for a
//! subscription" and "Transition a subscription").
//!
//! The paths are the matrix of the 21Vianet doc "Upgrade an existing customer subscription"
//! (CN/add-licenses-or-services…); the global cloud adds Office 365 E5 to each row (GL17). An
//! upgrade is possible when (the same doc):
//! - the subscription is active (not suspended or cancelled);
//! - the partner has delegated admin privileges for the customer;
//! - the customer has neither the target offer nor another subscription that includes the
//!   services the upgrade adds.
//!
//! The upgrade buys the target (the quantity asked, by default the source's), moves the users'
//! licences to it when `upgradeType` is `upgrade_with_license_transfer`, and suspends the source
//! (suspension reason `upgraded`): the customer is no longer billed for it.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::subscriptions::{Subscription, insert, load};
use super::{Customer, READ_ROLES, WRITE_ROLES, load_customer};
use crate::api::catalog::{Offer, find_offer};
use crate::api::fields::Fields;
use crate::api::resource::{Attributes, EchoedObject, echoed_object};
use crate::auth::SignedIn;
use crate::error::ApiError;
use crate::extract::ApiBody;
use crate::paging::Collection;
use crate::settings::Cloud;
use crate::state::AppState;

pub fn routes() -> Router<AppState> {
    Router::new().route("/customers/{id}/subscriptions/{sub}/upgrades", get(list).post(create))
}

pub const BUSINESS: &str = "5C9FD4CC-EDCE-44A8-8E91-07DF09744609";
pub const PROPLUS: &str = "0B8D4A16-6A1F-4E4B-9D2E-3C5F7A9B1D82";
pub const ESSENTIALS: &str = "BD938F12-058F-4927-BBA3-AE36B1D2501C";
pub const PREMIUM: &str = "031C9E47-4802-4248-838E-778FB1D2CC05";
pub const E1: &str = "91FD106F-4B2C-4938-95AC-F54F74E9A239";
pub const E3: &str = "796B6B5F-613C-4E24-A17C-EBA730D49C02";
pub const E5: &str = "C7D15985-E529-4A2B-8B8D-1A6E3C2F9B47";
const E3_TRIAL: &str = "7A2C8E54-4C0B-4E61-9F3A-6B1C5D0E2F11";
const EXCHANGE_PLAN1: &str = "195416C1-3447-423A-B37B-EE59A99A19C4";

/// China's matrix: Office 365 Business, Business Premium, Business Essentials.
const MATRIX: &[(&str, &[&str])] =
    &[(BUSINESS, &[PREMIUM, PROPLUS, E3]), (PREMIUM, &[E3]), (ESSENTIALS, &[PREMIUM, E1, E3])];

/// The offers `offer_id` can be upgraded to in `cloud`, in the doc's order.
pub fn targets(cloud: Cloud, offer_id: &str) -> Vec<&'static str> {
    let Some((_, row)) = MATRIX.iter().find(|(from, _)| from.eq_ignore_ascii_case(offer_id)) else {
        return Vec::new();
    };
    let mut out = row.to_vec();
    if cloud == Cloud::Global {
        out.push(E5);
    }
    out
}

/// What an offer includes, as far as the upgrade rules need it ("the customer can't already
/// have subscriptions that include the additional services").
fn services(offer_id: &str) -> &'static [&'static str] {
    const APPS: &str = "office_apps";
    const MAIL: &str = "email";
    const FILES: &str = "file_storage";
    const MEET: &str = "meetings";
    const COMPLIANCE: &str = "compliance";
    const VOICE: &str = "voice";
    // Shared computer activation and policy management: what ProPlus adds to Business.
    const ENTERPRISE_APPS: &str = "enterprise_office_apps";
    // Mail archiving and no 300-user cap: what E1 adds to Business Essentials.
    const ENTERPRISE_MAIL: &str = "enterprise_email";
    match offer_id.to_ascii_uppercase().as_str() {
        BUSINESS => &[APPS, FILES],
        PROPLUS => &[APPS, ENTERPRISE_APPS, FILES],
        ESSENTIALS => &[MAIL, FILES, MEET],
        E1 => &[MAIL, ENTERPRISE_MAIL, FILES, MEET],
        PREMIUM => &[APPS, MAIL, FILES, MEET],
        E3 | E3_TRIAL => &[APPS, ENTERPRISE_APPS, MAIL, ENTERPRISE_MAIL, FILES, MEET, COMPLIANCE],
        E5 => &[APPS, ENTERPRISE_APPS, MAIL, ENTERPRISE_MAIL, FILES, MEET, COMPLIANCE, VOICE],
        EXCHANGE_PLAN1 => &[MAIL],
        _ => &[],
    }
}

#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "snake_case")]
pub enum UpgradeType {
    UpgradeOnly,
    UpgradeWithLicenseTransfer,
}

#[derive(Serialize, Clone, Debug, PartialEq, Eq)]
pub struct UpgradeError {
    pub code: &'static str,
    pub description: String,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Upgrade {
    pub target_offer: Offer,
    pub upgrade_type: UpgradeType,
    pub is_eligible: bool,
    pub quantity: i64,
    pub upgrade_errors: Vec<UpgradeError>,
    pub attributes: Attributes,
}

#[derive(Serialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeResult {
    pub source_subscription_id: String,
    pub target_subscription_id: String,
    pub upgrade_type: UpgradeType,
    pub status: &'static str,
    pub upgrade_errors: Vec<UpgradeError>,
    pub license_errors: Vec<UpgradeError>,
    pub attributes: Attributes,
}

/// Why `source` cannot be upgraded to `target` for `customer`: empty when it can.
fn errors(
    c: &Connection,
    customer: &Customer,
    source: &Subscription,
    target: &Offer,
) -> Result<Vec<UpgradeError>, ApiError> {
    let mut out = Vec::new();
    if source.status != "active" {
        out.push(UpgradeError {
            code: "subscription_status_not_active",
            description: "The subscription must be active (not suspended or cancelled).".into(),
        });
    }
    if !customer.allow_delegated_access {
        out.push(UpgradeError {
            code: "delegated_admin_permissions_disabled",
            description: "You need delegated admin privileges for this customer.".into(),
        });
    }
    let added: Vec<&str> =
        services(&target.id).iter().copied().filter(|s| !services(&source.offer_id).contains(s)).collect();
    let mut stmt = c.prepare_cached(
        "SELECT offer_id, offer_name FROM subscriptions WHERE customer_id = ?1 AND id <> ?2 AND status <> 'deleted'
         ORDER BY creation_date, id",
    )?;
    let others = stmt
        .query_map(params![customer.id, source.id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<Result<Vec<_>, _>>()?;
    if let Some((_, name)) = others.iter().find(|(offer, _)| offer.eq_ignore_ascii_case(&target.id)) {
        out.push(UpgradeError {
            code: "conflicting_service_types",
            description: format!("The customer already has a subscription to {name}."),
        });
    } else if let Some((_, name)) = others.iter().find(|(offer, _)| services(offer).iter().any(|s| added.contains(s))) {
        out.push(UpgradeError {
            code: "conflicting_service_types",
            description: format!("The customer's subscription to {name} already includes services this upgrade adds."),
        });
    }
    Ok(out)
}

/// The target offers of `source` in `cloud` that its catalog sells.
fn target_offers(c: &Connection, cloud: Cloud, source: &Subscription) -> Result<Vec<Offer>, ApiError> {
    let mut out = Vec::new();
    for id in targets(cloud, &source.offer_id) {
        if let Some(o) = find_offer(c, cloud, id)?.filter(|o| o.is_available_for_purchase) {
            out.push(o);
        }
    }
    Ok(out)
}

async fn list(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, sub)): Path<(String, String)>,
) -> Result<Response, ApiError> {
    s.require_any(READ_ROLES)?;
    let pid = s.partner.id.clone();
    let cloud = s.cloud();
    let items = state
        .db
        .call(move |c| {
            let customer = load_customer(c, &pid, &cid)?;
            let source = load(c, &cid, &sub)?;
            let mut items = Vec::new();
            for target in target_offers(c, cloud, &source)? {
                let upgrade_errors = errors(c, &customer, &source, &target)?;
                let quantity = source.quantity.clamp(target.minimum_quantity, target.maximum_quantity);
                items.push(Upgrade {
                    target_offer: target,
                    upgrade_type: UpgradeType::UpgradeWithLicenseTransfer,
                    is_eligible: upgrade_errors.is_empty(),
                    quantity,
                    upgrade_errors,
                    attributes: Attributes::of("Upgrade"),
                });
            }
            Ok(items)
        })
        .await?;
    Ok(Json(Collection::all(items)).into_response())
}

/// The target offer of an upgrade request: its `id`; the rest of an offer (as `GET .../upgrades`
/// gives it) may be sent back and is ignored.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TargetOffer {
    pub id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UpgradeRequest {
    pub target_offer: TargetOffer,
    #[serde(default)]
    pub quantity: Option<i64>,
    #[serde(default)]
    pub upgrade_type: Option<UpgradeType>,
    /// Read-only members of an upgrade from `GET .../upgrades`, which may be sent back: ignored.
    #[serde(default)]
    pub is_eligible: Option<bool>,
    #[serde(default)]
    pub upgrade_errors: Option<Vec<serde_json::Value>>,
    #[serde(default, deserialize_with = "echoed_object")]
    pub attributes: Option<EchoedObject>,
}

async fn create(
    State(state): State<AppState>,
    SignedIn(s): SignedIn,
    Path((cid, sub)): Path<(String, String)>,
    body: ApiBody<UpgradeRequest>,
) -> Result<Response, ApiError> {
    s.require_any(WRITE_ROLES)?;
    let body = body.parse()?;
    let pid = s.partner.id.clone();
    let cloud = s.cloud();
    let now = crate::time::now();
    let result = state
        .db
        .call(move |c| {
            let tx = c.transaction()?;
            let customer = load_customer(&tx, &pid, &cid)?;
            let source = load(&tx, &cid, &sub)?;
            let upgrade_type = body.upgrade_type.unwrap_or(UpgradeType::UpgradeWithLicenseTransfer);
            let wanted = body.target_offer.id.trim();
            let target = target_offers(&tx, cloud, &source)?.into_iter().find(|o| o.id.eq_ignore_ascii_case(wanted));
            let mut check = Fields::new();
            let quantity = body.quantity.unwrap_or(source.quantity);
            match &target {
                None => check.push("targetOffer.id", "invalid_value", "This subscription cannot be upgraded to that offer."),
                Some(t) if !(t.minimum_quantity..=t.maximum_quantity).contains(&quantity) => check.push(
                    "quantity",
                    "out_of_range",
                    format!("Buy between {} and {}.", t.minimum_quantity, t.maximum_quantity),
                ),
                Some(_) => {}
            }
            let assigned: i64 = tx.query_row(
                "SELECT COUNT(*) FROM customer_user_licenses l JOIN customer_users u ON u.id = l.user_id
                 WHERE u.customer_id = ?1 AND l.sku_id = ?2 COLLATE NOCASE",
                params![cid, source.offer_id],
                |r| r.get(0),
            )?;
            if upgrade_type == UpgradeType::UpgradeWithLicenseTransfer && !check.failed("quantity") && quantity < assigned {
                check.push(
                    "quantity",
                    "out_of_range",
                    format!("{assigned} users have licenses to move; buy at least {assigned}."),
                );
            }
            check.finish()?;
            let Some(target) = target else { return Err(ApiError::internal()) };
            if let Some(e) = errors(&tx, &customer, &source, &target)?.into_iter().next() {
                return Err(ApiError::conflict(e.code, e.description));
            }
            let target_id =
                insert(&tx, &cid, &target, quantity, &target.name, source.partner_id.as_deref(), now)?;
            tx.execute(
                "UPDATE subscriptions SET status = 'suspended', suspension_reasons = '[\"upgraded\"]', version = version + 1
                 WHERE customer_id = ?1 AND id = ?2",
                params![cid, source.id],
            )?;
            if upgrade_type == UpgradeType::UpgradeWithLicenseTransfer {
                let users = "user_id IN (SELECT id FROM customer_users WHERE customer_id = ?1)";
                tx.execute(
                    &format!("UPDATE OR IGNORE customer_user_licenses SET sku_id = ?3 WHERE sku_id = ?2 COLLATE NOCASE AND {users}"),
                    params![cid, source.offer_id, target.id],
                )?;
                // What is left: users who somehow had both; they keep the target's licence.
                tx.execute(
                    &format!("DELETE FROM customer_user_licenses WHERE sku_id = ?2 COLLATE NOCASE AND {users}"),
                    params![cid, source.offer_id],
                )?;
            }
            tx.commit()?;
            Ok((
                UpgradeResult {
                    source_subscription_id: source.id,
                    target_subscription_id: target_id,
                    upgrade_type,
                    status: "success",
                    upgrade_errors: Vec::new(),
                    license_errors: Vec::new(),
                    attributes: Attributes::of("UpgradeResult"),
                },
                cid,
            ))
        })
        .await?;
    let (result, cid) = result;
    let location = HeaderValue::from_str(&format!(
        "{}/v1/customers/{cid}/subscriptions/{}",
        state.settings.api_base.path, result.target_subscription_id
    ))
    .map_err(ApiError::internal_from)?;
    Ok((StatusCode::OK, [(header::LOCATION, location)], Json(result)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_of_each_cloud() {
        assert_eq!(targets(Cloud::China, BUSINESS), [PREMIUM, PROPLUS, E3]);
        assert_eq!(targets(Cloud::China, PREMIUM), [E3]);
        assert_eq!(targets(Cloud::China, &ESSENTIALS.to_lowercase()), [PREMIUM, E1, E3]);
        assert_eq!(targets(Cloud::Global, PREMIUM), [E3, E5]);
        assert_eq!(targets(Cloud::Global, ESSENTIALS), [PREMIUM, E1, E3, E5]);
        assert!(targets(Cloud::Global, E3).is_empty() && targets(Cloud::China, "").is_empty());
    }

    #[test]
    fn every_matrix_offer_is_in_the_demo_catalog_of_its_cloud() {
        use crate::demo::catalog::OFFERS;
        for cloud in [Cloud::China, Cloud::Global] {
            for (from, _) in MATRIX {
                for id in std::iter::once(*from).chain(targets(cloud, from)) {
                    let o = OFFERS.iter().find(|o| o.id == id).unwrap_or_else(|| panic!("{id}"));
                    let sold = if cloud == Cloud::China { o.cny.is_some() } else { o.usd.is_some() };
                    assert!(sold, "{} in {cloud:?}", o.name);
                }
            }
        }
        assert!(OFFERS.iter().find(|o| o.id == E5).unwrap().cny.is_none(), "E5 is not sold in China");
    }

    #[test]
    fn every_upgrade_adds_something() {
        for (from, _) in MATRIX {
            for to in targets(Cloud::Global, from) {
                assert!(services(to).iter().any(|s| !services(from).contains(s)), "{from} -> {to}");
            }
        }
    }
}
