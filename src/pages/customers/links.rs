//! The addresses of the area's pages, once for the list, a customer's tabs and the subscription
//! pages. Ids come from the server and the address bar, so each is one encoded query value
//! (`routes::query_value`). Pure, so tested natively.

use crate::routes::{Page, query_value};

/// A customer's page on its first tab.
pub fn customer(id: &str) -> String {
    format!("{}?id={}", Page::Customer.path(), query_value(id))
}

/// A customer's page on the tab `tab` (`account`, `subscriptions`, `users`).
pub fn customer_tab(id: &str, tab: &str) -> String {
    format!("{}&tab={tab}", customer(id))
}

/// One of the customer's subscriptions.
pub fn subscription(customer: &str, subscription: &str) -> String {
    format!("{}?customer={}&id={}", Page::Subscription.path(), query_value(customer), query_value(subscription))
}

/// Add subscription for the customer.
pub fn add_subscription(customer: &str) -> String {
    format!("{}?id={}", Page::SubscriptionAdd.path(), query_value(customer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_carry_ids_as_single_encoded_values() {
        assert_eq!(
            customer_tab("03378c5c-92ad-4d2d", "subscriptions"),
            format!("{}?id=03378c5c-92ad-4d2d&tab=subscriptions", Page::Customer.path())
        );
        assert_eq!(
            subscription("a&b", "c d/é"),
            format!("{}?customer=a%26b&id=c%20d%2F%C3%A9", Page::Subscription.path())
        );
        assert_eq!(add_subscription("x=1#"), format!("{}?id=x%3D1%23", Page::SubscriptionAdd.path()));
    }
}
