//! A customer's users and their licences (global cloud only): `/v1/customers/{id}/users`.

use serde::{Deserialize, Serialize};

use super::Attributes;

/// One user of the customer's tenant. `state` is free text in the real API ("active").
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomerUser {
    pub id: String,
    pub user_principal_name: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub display_name: String,
    #[serde(default)]
    pub usage_location: String,
    #[serde(default)]
    pub state: String,
    #[serde(default)]
    pub attributes: Attributes,
}

/// A user to add: `userPrincipalName` is `name@<the customer's domain>`. No password: the
/// contract makes it optional and the tenant's admin sets one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewCustomerUser {
    pub user_principal_name: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
    pub usage_location: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProductSku {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub sku_part_number: String,
    #[serde(default)]
    pub target_type: String,
}

/// A licence a user holds: the product (its id is the offer id of the subscription).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct License {
    pub product_sku: ProductSku,
    #[serde(default)]
    pub service_plans: Vec<String>,
    #[serde(default)]
    pub attributes: Attributes,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseAssignment {
    pub sku_id: String,
}

/// Licences to assign and to remove in one request (at least one of them).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseUpdateRequest {
    pub licenses_to_assign: Vec<LicenseAssignment>,
    pub licenses_to_remove: Vec<String>,
}

/// What the server applied.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseUpdate {
    #[serde(default)]
    pub licenses_to_assign: Vec<LicenseAssignment>,
    #[serde(default)]
    pub licenses_to_remove: Vec<String>,
    #[serde(default)]
    pub license_warnings: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::common::Collection;

    #[test]
    fn reads_the_contract_shapes() {
        let users: Collection<CustomerUser> = serde_json::from_str(
            r#"{"totalCount":1,"items":[{"id":"u1","userPrincipalName":"grace.taylor@adventureworks1092.onmicrosoft.com",
            "firstName":"Grace","lastName":"Taylor","displayName":"Grace Taylor","usageLocation":"US","state":"active",
            "attributes":{"objectType":"CustomerUser"}}],"links":{},"attributes":{"objectType":"Collection"}}"#,
        )
        .unwrap();
        assert_eq!(users.items[0].display_name, "Grace Taylor");
        let licenses: Collection<License> = serde_json::from_str(
            r#"{"totalCount":1,"items":[{"productSku":{"id":"796B","name":"Office 365 E3","skuPartNumber":"ENTERPRISEPACK",
            "targetType":"User"},"servicePlans":[],"attributes":{"objectType":"License"}}],"links":{},
            "attributes":{"objectType":"Collection"}}"#,
        )
        .unwrap();
        assert_eq!(licenses.items[0].product_sku.name, "Office 365 E3");
    }

    #[test]
    fn writes_the_contract_shapes() {
        let body = LicenseUpdateRequest {
            licenses_to_assign: vec![LicenseAssignment { sku_id: "796B".into() }],
            licenses_to_remove: vec![],
        };
        assert_eq!(
            serde_json::to_value(&body).unwrap(),
            serde_json::json!({"licensesToAssign":[{"skuId":"796B"}],"licensesToRemove":[]})
        );
    }
}
