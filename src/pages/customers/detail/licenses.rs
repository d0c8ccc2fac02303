//! A user's licences: which products can be assigned (the offers of the customer's active
//! licence subscriptions, as the server decides), and the one update that turns the licences
//! the user holds into the ones ticked. Pure, so tested natively.

use std::collections::BTreeSet;

use crate::model::catalog::BillingType;
use crate::model::customer_users::{License, LicenseAssignment, LicenseUpdateRequest};
use crate::model::customers::{Subscription, SubscriptionStatus};

/// A product that can be ticked: its SKU id (the offer id) and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Product {
    pub id: String,
    pub name: String,
    /// The user holds it.
    pub held: bool,
    /// The customer has an active licence subscription for it (else it can only be removed).
    pub assignable: bool,
}

/// Ids compare as the server compares them: without case.
pub fn key(id: &str) -> String {
    id.trim().to_ascii_lowercase()
}

/// The products of the customer's active licence subscriptions (one per offer), then any other
/// licence the user holds, sorted by name.
pub fn products(subscriptions: &[Subscription], held: &[License]) -> Vec<Product> {
    let held_keys: BTreeSet<String> = held.iter().map(|l| key(&l.product_sku.id)).collect();
    let mut out: Vec<Product> = Vec::new();
    for s in subscriptions
        .iter()
        .filter(|s| s.status == SubscriptionStatus::Active && s.billing_type == BillingType::License)
    {
        if out.iter().any(|p| key(&p.id) == key(&s.offer_id)) {
            continue;
        }
        let name = if s.offer_name.trim().is_empty() { s.offer_id.clone() } else { s.offer_name.clone() };
        out.push(Product {
            id: s.offer_id.clone(),
            name,
            held: held_keys.contains(&key(&s.offer_id)),
            assignable: true,
        });
    }
    for l in held {
        if !out.iter().any(|p| key(&p.id) == key(&l.product_sku.id)) {
            let name = if l.product_sku.name.trim().is_empty() {
                l.product_sku.id.clone()
            } else {
                l.product_sku.name.clone()
            };
            out.push(Product { id: l.product_sku.id.clone(), name, held: true, assignable: false });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    out
}

/// The update from what the user holds to what is ticked (`chosen`, by [`key`]); None when
/// nothing changes.
pub fn update(products: &[Product], chosen: &BTreeSet<String>) -> Option<LicenseUpdateRequest> {
    let mut req = LicenseUpdateRequest::default();
    for p in products {
        let want = chosen.contains(&key(&p.id));
        if want && !p.held && p.assignable {
            req.licenses_to_assign.push(LicenseAssignment { sku_id: p.id.clone() });
        } else if !want && p.held {
            req.licenses_to_remove.push(p.id.clone());
        }
    }
    (!req.licenses_to_assign.is_empty() || !req.licenses_to_remove.is_empty()).then_some(req)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::customer_users::ProductSku;

    fn sub(offer: &str, name: &str, status: SubscriptionStatus, billing: BillingType) -> Subscription {
        Subscription {
            id: format!("s-{offer}"),
            offer_id: offer.into(),
            offer_name: name.into(),
            quantity: 5,
            status,
            billing_type: billing,
            ..Default::default()
        }
    }

    fn license(id: &str, name: &str) -> License {
        License {
            product_sku: ProductSku { id: id.into(), name: name.into(), ..Default::default() },
            ..Default::default()
        }
    }

    #[test]
    fn only_active_licence_subscriptions_can_be_assigned_once_each() {
        let subs = [
            sub("E3", "Office 365 E3", SubscriptionStatus::Active, BillingType::License),
            sub("e3", "Office 365 E3", SubscriptionStatus::Active, BillingType::License),
            sub("AZ", "Azure", SubscriptionStatus::Active, BillingType::Usage),
            sub("E1", "Office 365 E1", SubscriptionStatus::Suspended, BillingType::License),
        ];
        let p = products(&subs, &[license("E1", "Office 365 E1")]);
        assert_eq!(p.len(), 2);
        assert_eq!((p[0].id.as_str(), p[0].held, p[0].assignable), ("E1", true, false));
        assert_eq!((p[1].id.as_str(), p[1].held, p[1].assignable), ("E3", false, true));
    }

    #[test]
    fn the_update_assigns_the_newly_ticked_and_removes_the_unticked() {
        let subs = [
            sub("E3", "E3", SubscriptionStatus::Active, BillingType::License),
            sub("BP", "Business Premium", SubscriptionStatus::Active, BillingType::License),
        ];
        let p = products(&subs, &[license("bp", "Business Premium")]);
        let none: BTreeSet<String> = p.iter().filter(|p| p.held).map(|p| key(&p.id)).collect();
        assert_eq!(update(&p, &none), None);
        let chosen: BTreeSet<String> = ["e3".to_string()].into();
        let req = update(&p, &chosen).unwrap();
        assert_eq!(req.licenses_to_assign, [LicenseAssignment { sku_id: "E3".into() }]);
        assert_eq!(req.licenses_to_remove, ["BP"]);
    }
}
