//! Upgrading a subscription to another offer (Partner Center's "Get a list of upgrades for a
//! subscription" and "Transition a subscription"; the China matrix of features spec §2.10, with
//! E5 added in the global cloud).

use serde::{Deserialize, Serialize};

use super::Attributes;
use super::catalog::Offer;
use super::error::ErrorCode;

/// Why an upgrade cannot be made now: `subscription_status_not_active`,
/// `delegated_admin_permissions_disabled`, `conflicting_service_types`, or a code of a newer
/// server (a number in the real API's older answers).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UpgradeError {
    pub code: ErrorCode,
    #[serde(default)]
    pub description: String,
}

/// One offer the subscription could be upgraded to, and whether it can be now.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Upgrade {
    pub target_offer: Offer,
    #[serde(default)]
    pub upgrade_type: String,
    #[serde(default)]
    pub is_eligible: bool,
    /// The licenses the upgrade would move (the source's quantity, within the target's range).
    #[serde(default)]
    pub quantity: i64,
    #[serde(default)]
    pub upgrade_errors: Vec<UpgradeError>,
    #[serde(default)]
    pub attributes: Attributes,
}

/// The licenses move to the new subscription with the upgrade (the docs' upgrade).
pub const WITH_LICENSE_TRANSFER: &str = "upgrade_with_license_transfer";

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfferRef {
    pub id: String,
}

/// The upgrade to make: the target offer, the licenses, the kind.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewUpgrade {
    pub target_offer: OfferRef,
    pub quantity: i64,
    pub upgrade_type: String,
}

/// What the upgrade did: the new subscription, and what (if anything) went wrong.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UpgradeResult {
    #[serde(default)]
    pub source_subscription_id: String,
    #[serde(default)]
    pub target_subscription_id: String,
    #[serde(default)]
    pub upgrade_type: String,
    #[serde(default)]
    pub status: String,
    #[serde(default)]
    pub upgrade_errors: Vec<UpgradeError>,
    #[serde(default)]
    pub attributes: Attributes,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::common::Collection;

    #[test]
    fn decodes_the_upgrade_list_and_result_and_encodes_the_request() {
        let list: Collection<Upgrade> = serde_json::from_str(
            r#"{"totalCount":2,"items":[
                {"targetOffer":{"id":"796B6B5F-613C-4E24-A17C-EBA730D49C02","name":"Office 365 E3","minimumQuantity":1,
                  "maximumQuantity":300},"upgradeType":"upgrade_with_license_transfer","isEligible":false,"quantity":10,
                  "upgradeErrors":[{"code":"conflicting_service_types","description":"The customer already has it."}],
                  "attributes":{"objectType":"Upgrade"}},
                {"targetOffer":{"id":"91FD","name":"Office 365 E1"},"isEligible":true,"quantity":3,
                  "upgradeErrors":[{"code":1007,"description":"older"}]}],
              "links":{},"attributes":{"objectType":"Collection"}}"#,
        )
        .unwrap();
        assert_eq!(list.items.len(), 2);
        assert!(!list.items[0].is_eligible);
        assert!(list.items[0].upgrade_errors[0].code.is("conflicting_service_types"));
        assert_eq!(list.items[1].upgrade_errors[0].code, ErrorCode::Number(1007));
        assert_eq!(list.items[0].target_offer.maximum_quantity, 300);

        let r: UpgradeResult = serde_json::from_str(
            r#"{"sourceSubscriptionId":"S","targetSubscriptionId":"T","upgradeType":"upgrade_with_license_transfer",
                "status":"success","upgradeErrors":[],"licenseErrors":[],"attributes":{"objectType":"UpgradeResult"}}"#,
        )
        .unwrap();
        assert_eq!(r.target_subscription_id, "T");

        let req = NewUpgrade {
            target_offer: OfferRef { id: "X".into() },
            quantity: 4,
            upgrade_type: WITH_LICENSE_TRANSFER.into(),
        };
        assert_eq!(
            serde_json::to_value(req).unwrap(),
            serde_json::json!({"targetOffer": {"id": "X"}, "quantity": 4, "upgradeType": "upgrade_with_license_transfer"})
        );
    }
}
