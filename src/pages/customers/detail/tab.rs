//! The customer menu: which tabs a cloud has and the tab an address names. Pure, so tested
//! natively.

use crate::locale::Cloud;

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
}
