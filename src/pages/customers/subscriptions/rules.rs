//! What the subscription's page lets the partner do and say, decided from the subscription, the
//! partner's roles and the cloud (features spec §2.10, docs suspend-a-subscription). Pure, so
//! every case is tested natively.

use crate::locale::Cloud;
use crate::model::customers::{Subscription, SubscriptionPatch, SubscriptionStatus};

/// How far the partner may change this subscription.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// The partner's roles do not include subscription management (a helpdesk agent): the
    /// details, read-only, with the reason.
    ReadOnlyRole,
    /// Deleted (or any status the radio cannot set): nothing can change.
    ReadOnlyStatus,
    /// Suspended: the nickname and the status may change; the quantity may not until it is
    /// reactivated (the server answers 409 `subscription_suspended`).
    Suspended,
    Active,
}

pub fn access(may_manage: bool, status: SubscriptionStatus) -> Access {
    match (may_manage, status) {
        (false, _) => Access::ReadOnlyRole,
        (true, SubscriptionStatus::Active) => Access::Active,
        (true, SubscriptionStatus::Suspended) => Access::Suspended,
        (true, _) => Access::ReadOnlyStatus,
    }
}

/// The status as the page names it (ids of the area's shared file).
pub fn status_label(s: SubscriptionStatus) -> &'static str {
    match s {
        SubscriptionStatus::Active => "subscription-status-active",
        SubscriptionStatus::Suspended => "subscription-status-suspended",
        SubscriptionStatus::Deleted => "subscription-status-deleted",
        _ => "subscription-status-other",
    }
}

/// What suspending costs in this cloud, said before the partner confirms: China deletes the data
/// after 60 days (CN/suspend-a-subscription); global after 90 days, or 90 plus the days before
/// the first billing period, at most 120 (GL/suspend-a-subscription).
pub fn suspend_consequence(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::China => "subscription-suspend-consequence-china",
        Cloud::Global => "subscription-suspend-consequence-global",
    }
}

/// The confirmation asked before the status changes to `target`: its title, its text and its
/// button. Suspending states the cloud's consequence; reactivating has nothing to warn about.
pub fn status_confirmation(cloud: Cloud, target: SubscriptionStatus) -> (&'static str, &'static str, &'static str) {
    if target == SubscriptionStatus::Suspended {
        ("subscription-suspend-title", suspend_consequence(cloud), "subscription-suspend-confirm")
    } else {
        ("subscription-reactivate-title", "subscription-reactivate-text", "subscription-reactivate-confirm")
    }
}

/// The radio's value for a status, and back: only Active and Suspended can be chosen (the
/// docs' Status section has these two buttons).
pub fn radio_value(s: SubscriptionStatus) -> &'static str {
    match s {
        SubscriptionStatus::Suspended => "suspended",
        _ => "active",
    }
}

pub fn from_radio(v: &str) -> SubscriptionStatus {
    if v == "suspended" { SubscriptionStatus::Suspended } else { SubscriptionStatus::Active }
}

/// The change that sets the quantity, and nothing else.
pub fn quantity_patch(quantity: i64) -> SubscriptionPatch {
    SubscriptionPatch { quantity: Some(quantity), ..SubscriptionPatch::default() }
}

/// The change that sets the nickname, trimmed. An empty nickname is sent as empty: the server
/// gives the subscription its offer's name back.
pub fn nickname_patch(typed: &str) -> SubscriptionPatch {
    SubscriptionPatch { friendly_name: Some(typed.trim().to_string()), ..SubscriptionPatch::default() }
}

/// The change that sets the status, and nothing else (the quantity of a suspended subscription
/// must not travel with it).
pub fn status_patch(target: SubscriptionStatus) -> SubscriptionPatch {
    SubscriptionPatch { status: Some(target), ..SubscriptionPatch::default() }
}

/// Whether what is typed differs from the subscription (for the unsaved-changes guard and the
/// draft): the quantity as a number, the nickname trimmed.
pub fn quantity_changed(base: &Subscription, typed: &str) -> bool {
    super::quantity::parse(typed).map_or(!typed.trim().is_empty(), |n| n != base.quantity)
}

pub fn nickname_changed(base: &Subscription, typed: &str) -> bool {
    typed.trim() != base.friendly_name.trim()
}

/// The longest nickname the contract takes.
pub const NICKNAME_MAX: usize = 50;

#[cfg(test)]
mod tests {
    use super::*;
    use SubscriptionStatus::*;

    #[test]
    fn access_follows_the_role_then_the_status() {
        assert_eq!(access(false, Active), Access::ReadOnlyRole);
        assert_eq!(access(false, Deleted), Access::ReadOnlyRole);
        assert_eq!(access(true, Active), Access::Active);
        assert_eq!(access(true, Suspended), Access::Suspended);
        assert_eq!(access(true, Deleted), Access::ReadOnlyStatus);
        assert_eq!(access(true, Unknown), Access::ReadOnlyStatus);
    }

    #[test]
    fn suspending_states_the_clouds_consequence_and_reactivating_does_not_warn() {
        assert_eq!(suspend_consequence(Cloud::China), "subscription-suspend-consequence-china");
        assert_eq!(suspend_consequence(Cloud::Global), "subscription-suspend-consequence-global");
        assert_eq!(status_confirmation(Cloud::China, Suspended).1, "subscription-suspend-consequence-china");
        assert_eq!(status_confirmation(Cloud::Global, Suspended).1, "subscription-suspend-consequence-global");
        for cloud in [Cloud::China, Cloud::Global] {
            assert_eq!(status_confirmation(cloud, Active).1, "subscription-reactivate-text");
        }
    }

    #[test]
    fn each_patch_changes_one_thing() {
        let q = serde_json::to_value(quantity_patch(12)).unwrap();
        assert_eq!(q, serde_json::json!({"quantity": 12}));
        let n = serde_json::to_value(nickname_patch("  财务部 E3 ")).unwrap();
        assert_eq!(n, serde_json::json!({"friendlyName": "财务部 E3"}));
        let s = serde_json::to_value(status_patch(Suspended)).unwrap();
        assert_eq!(s, serde_json::json!({"status": "suspended"}));
        let a = serde_json::to_value(status_patch(from_radio("active"))).unwrap();
        assert_eq!(a, serde_json::json!({"status": "active"}));
    }

    #[test]
    fn the_radio_offers_active_and_suspended_only() {
        assert_eq!(radio_value(Active), "active");
        assert_eq!(radio_value(Suspended), "suspended");
        assert_eq!(radio_value(Deleted), "active");
        assert_eq!(from_radio("suspended"), Suspended);
        assert_eq!(from_radio("<script>"), Active);
    }

    #[test]
    fn typing_is_compared_as_the_partner_means_it() {
        let base = Subscription { quantity: 10, friendly_name: "E3".into(), ..Subscription::default() };
        assert!(!quantity_changed(&base, " 10 "));
        assert!(quantity_changed(&base, "11"));
        assert!(quantity_changed(&base, "ten"));
        assert!(!quantity_changed(&base, ""));
        assert!(!nickname_changed(&base, " E3 "));
        assert!(nickname_changed(&base, "E5"));
    }

    #[test]
    fn labels_cover_every_status() {
        assert_eq!(status_label(Active), "subscription-status-active");
        assert_eq!(status_label(Expired), "subscription-status-other");
    }
}
