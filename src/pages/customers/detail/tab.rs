//! The customer menu: which tabs a cloud has, the tab an address names, and the addresses of
//! the pages the tabs link to. Pure, so tested natively.

use crate::locale::Cloud;
use crate::routes::Page;

/// A part of the customer menu (features spec §2.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Account,
    Subscriptions,
    /// Global cloud only: in China users and licenses are managed in the Office 365 admin
    /// center operated by 21Vianet.
    Users,
}

impl Tab {
    /// The tabs of `cloud`, in menu order.
    pub fn all(cloud: Cloud) -> &'static [Tab] {
        match cloud {
            Cloud::China => &[Tab::Account, Tab::Subscriptions],
            Cloud::Global => &[Tab::Account, Tab::Subscriptions, Tab::Users],
        }
    }

    /// The tab `?tab=` names; Account for anything else (a missing, mistyped or old value, or
    /// Users in China), so a link never leads to an empty page.
    pub fn parse(value: Option<&str>, cloud: Cloud) -> Tab {
        let tab = match value.map(str::trim) {
            Some("subscriptions") => Tab::Subscriptions,
            Some("users") => Tab::Users,
            _ => Tab::Account,
        };
        if Tab::all(cloud).contains(&tab) { tab } else { Tab::Account }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Tab::Account => "account",
            Tab::Subscriptions => "subscriptions",
            Tab::Users => "users",
        }
    }

    /// The Fluent id of the tab's name (the docs' words).
    pub fn label(self) -> &'static str {
        match self {
            Tab::Account => "customer-tab-account",
            Tab::Subscriptions => "customer-tab-subscriptions",
            Tab::Users => "customer-tab-users",
        }
    }
}

/// The address of a customer's tab.
pub fn tab_href(customer: &str, tab: Tab) -> String {
    format!("{}?id={}&tab={}", Page::Customer.path(), encode(customer), tab.as_str())
}

/// The address of one of the customer's subscriptions.
pub fn subscription_href(customer: &str, subscription: &str) -> String {
    format!("{}?customer={}&id={}", Page::Subscription.path(), encode(customer), encode(subscription))
}

/// The address of Add subscription for the customer.
pub fn add_subscription_href(customer: &str) -> String {
    format!("{}?id={}", Page::SubscriptionAdd.path(), encode(customer))
}

/// Percent-encodes a query value: only RFC 3986's unreserved characters stay as they are, so an
/// id from the server cannot add parameters or break the address.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_users_tab_is_global_only() {
        assert_eq!(Tab::parse(Some("users"), Cloud::Global), Tab::Users);
        assert_eq!(Tab::parse(Some("users"), Cloud::China), Tab::Account);
        assert_eq!(Tab::parse(Some("subscriptions"), Cloud::China), Tab::Subscriptions);
        assert_eq!(Tab::parse(None, Cloud::Global), Tab::Account);
        assert_eq!(Tab::parse(Some("<script>"), Cloud::Global), Tab::Account);
        assert!(!Tab::all(Cloud::China).contains(&Tab::Users));
        for cloud in [Cloud::China, Cloud::Global] {
            for tab in Tab::all(cloud) {
                assert_eq!(Tab::parse(Some(tab.as_str()), cloud), *tab);
            }
        }
    }

    #[test]
    fn addresses_carry_ids_as_single_encoded_values() {
        assert_eq!(
            tab_href("03378c5c-92ad-4d2d", Tab::Subscriptions),
            format!("{}?id=03378c5c-92ad-4d2d&tab=subscriptions", Page::Customer.path())
        );
        assert_eq!(
            subscription_href("a&b", "c d/é"),
            format!("{}?customer=a%26b&id=c%20d%2F%C3%A9", Page::Subscription.path())
        );
        assert_eq!(add_subscription_href("x=1#"), format!("{}?id=x%3D1%23", Page::SubscriptionAdd.path()));
    }
}
