//! What the page shows of a subscription's upgrades (CN/add-licenses-or-services…): "Upgrade
//! now" only for a partner who may manage subscriptions, on an active subscription with at least
//! one eligible target; every target the server lists, with the reasons one cannot be taken;
//! the request that makes the upgrade. Pure.

use crate::model::customers::SubscriptionStatus;
use crate::model::upgrades::{NewUpgrade, OfferRef, Upgrade, WITH_LICENSE_TRANSFER};

/// Whether to offer "Upgrade now".
pub fn offer_upgrade(may_manage: bool, status: SubscriptionStatus, upgrades: &[Upgrade]) -> bool {
    may_manage && status == SubscriptionStatus::Active && upgrades.iter().any(|u| u.is_eligible)
}

/// The message for one reason a target cannot be taken, in the docs' terms.
pub fn reason_id(code: &crate::model::ErrorCode) -> &'static str {
    if code.is("subscription_status_not_active") {
        "subscription-upgrade-reason-not-active"
    } else if code.is("delegated_admin_permissions_disabled") {
        "subscription-upgrade-reason-no-dap"
    } else if code.is("conflicting_service_types") {
        "subscription-upgrade-reason-owned"
    } else {
        "subscription-upgrade-reason-other"
    }
}

/// The reasons a target cannot be taken, each once, in the server's order (an ineligible target
/// without a reason still says it is not available).
pub fn reasons(u: &Upgrade) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for e in &u.upgrade_errors {
        let id = reason_id(&e.code);
        if !out.contains(&id) {
            out.push(id);
        }
    }
    if out.is_empty() && !u.is_eligible {
        out.push("subscription-upgrade-reason-other");
    }
    out
}

/// The eligible target with this offer id.
pub fn eligible<'a>(upgrades: &'a [Upgrade], offer_id: &str) -> Option<&'a Upgrade> {
    upgrades.iter().find(|u| u.is_eligible && u.target_offer.id.eq_ignore_ascii_case(offer_id))
}

/// The upgrade to send: the licenses move with it, as the docs' upgrade does.
pub fn request(offer_id: &str, quantity: i64) -> NewUpgrade {
    NewUpgrade {
        target_offer: OfferRef { id: offer_id.to_string() },
        quantity,
        upgrade_type: WITH_LICENSE_TRANSFER.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ErrorCode;
    use crate::model::catalog::Offer;
    use crate::model::upgrades::UpgradeError;
    use SubscriptionStatus::*;

    fn up(id: &str, eligible: bool, codes: &[&str]) -> Upgrade {
        Upgrade {
            target_offer: Offer { id: id.into(), name: id.into(), ..Offer::default() },
            is_eligible: eligible,
            quantity: 5,
            upgrade_errors: codes
                .iter()
                .map(|c| UpgradeError { code: ErrorCode::Text(c.to_string()), description: String::new() })
                .collect(),
            ..Upgrade::default()
        }
    }

    #[test]
    fn upgrade_now_needs_the_role_an_active_subscription_and_an_eligible_target() {
        let some = [up("E3", false, &["conflicting_service_types"]), up("E1", true, &[])];
        assert!(offer_upgrade(true, Active, &some));
        assert!(!offer_upgrade(false, Active, &some));
        assert!(!offer_upgrade(true, Suspended, &some));
        assert!(!offer_upgrade(true, Deleted, &some));
        assert!(!offer_upgrade(true, Active, &some[..1]));
        assert!(!offer_upgrade(true, Active, &[]));
    }

    #[test]
    fn each_reason_is_named_once_in_the_docs_terms() {
        let u = up(
            "E3",
            false,
            &["subscription_status_not_active", "conflicting_service_types", "conflicting_service_types", "new_code"],
        );
        assert_eq!(
            reasons(&u),
            [
                "subscription-upgrade-reason-not-active",
                "subscription-upgrade-reason-owned",
                "subscription-upgrade-reason-other"
            ]
        );
        assert_eq!(
            reasons(&up("E5", false, &["delegated_admin_permissions_disabled"])),
            ["subscription-upgrade-reason-no-dap"]
        );
        assert_eq!(reasons(&up("E5", false, &[])), ["subscription-upgrade-reason-other"]);
        assert!(reasons(&up("E1", true, &[])).is_empty());
        let numeric = Upgrade {
            upgrade_errors: vec![UpgradeError { code: ErrorCode::Number(3), description: String::new() }],
            ..up("X", false, &[])
        };
        assert_eq!(reasons(&numeric), ["subscription-upgrade-reason-other"]);
    }

    #[test]
    fn only_an_eligible_target_is_chosen_and_the_licenses_move_with_it() {
        let list = [up("E3", false, &["conflicting_service_types"]), up("E1", true, &[])];
        assert!(eligible(&list, "E3").is_none());
        assert_eq!(eligible(&list, "e1").map(|u| u.quantity), Some(5));
        let r = serde_json::to_value(request("E1", 7)).unwrap();
        assert_eq!(
            r,
            serde_json::json!({"targetOffer": {"id": "E1"}, "quantity": 7, "upgradeType": "upgrade_with_license_transfer"})
        );
    }
}
