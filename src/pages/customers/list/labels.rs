//! How a subscription is named in a customer's expanded row. Pure, tested natively.

use crate::model::customers::{Subscription, SubscriptionStatus};

/// The Fluent id of a subscription status's name (customers.ftl).
pub fn status_id(s: SubscriptionStatus) -> &'static str {
    match s {
        SubscriptionStatus::Active => "subscription-status-active",
        SubscriptionStatus::Suspended => "subscription-status-suspended",
        SubscriptionStatus::Deleted => "subscription-status-deleted",
        _ => "subscription-status-other",
    }
}

/// What the partner calls the subscription: its nickname, else its offer's name, else the offer
/// id (a server may leave the names out).
pub fn subscription_name(s: &Subscription) -> &str {
    [s.friendly_name.trim(), s.offer_name.trim(), s.offer_id.trim()].into_iter().find(|n| !n.is_empty()).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subscription_is_named_by_nickname_then_offer() {
        let mut s =
            Subscription { offer_id: "O365_E3".into(), offer_name: "Office 365 E3".into(), ..Default::default() };
        assert_eq!(subscription_name(&s), "Office 365 E3");
        s.friendly_name = "销售部".into();
        assert_eq!(subscription_name(&s), "销售部");
        s.friendly_name = " ".into();
        s.offer_name.clear();
        assert_eq!(subscription_name(&s), "O365_E3");
        assert_eq!(status_id(SubscriptionStatus::Pending), "subscription-status-other");
        assert_eq!(status_id(SubscriptionStatus::Suspended), "subscription-status-suspended");
    }
}
