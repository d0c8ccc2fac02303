//! The two role settings of a user, as the docs put them: the agent setting (Admin agent, Sales
//! agent, Helpdesk agent, or not an agent) and the admin setting (Global admin, Billing admin,
//! User management admin, or No admin, the default). A choice is kept as the contract's value,
//! "" meaning none, so it can live in a form's signal and in a draft. Pure, tested natively.

use partner_center_rules::Role;

use crate::model::users::{PartnerUser, UserUpdate};

/// The admin setting's choices, in the docs' order: (value, Fluent id of the label).
pub const ADMIN_CHOICES: [(&str, &str); 4] = [
    ("global_admin", "role-global-admin"),
    ("billing_admin", "role-billing-admin"),
    ("user_management_admin", "role-user-management-admin"),
    ("", "users-no-admin"),
];

/// The agent setting's choices: (value, Fluent id of the label).
pub const AGENT_CHOICES: [(&str, &str); 4] = [
    ("admin_agent", "role-admin-agent"),
    ("sales_agent", "role-sales-agent"),
    ("helpdesk_agent", "role-helpdesk-agent"),
    ("", "users-no-agent"),
];

/// Which of the two settings a choice belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Setting {
    Admin,
    Agent,
}

impl Setting {
    fn holds(self, role: Role) -> bool {
        match self {
            Setting::Admin => role.is_admin_role(),
            Setting::Agent => role != Role::Other && !role.is_admin_role(),
        }
    }
}

/// The role a choice stands for: None for "No admin" / "not an agent", and for anything that is
/// not a role of this setting (a stale draft or a hand-made value reads as none, the default).
pub fn parse(setting: Setting, value: &str) -> Option<Role> {
    Role::parse(value.trim()).filter(|r| setting.holds(*r))
}

/// The choice as the contract writes it (`null` for none).
pub fn to_wire(setting: Setting, value: &str) -> Option<&'static str> {
    parse(setting, value).map(Role::as_str)
}

/// The choice a user's roles make for `setting` ("" for none).
pub fn choice_of(setting: Setting, roles: &[Role]) -> &'static str {
    roles.iter().copied().find(|r| setting.holds(*r)).map(Role::as_str).unwrap_or("")
}

/// A choice normalised: the value of a role of this setting, else "".
pub fn normalize(setting: Setting, value: &str) -> &'static str {
    to_wire(setting, value).unwrap_or("")
}

/// Why the partner signed in with `mine` may not edit or delete `user`, as a Fluent id; None
/// when they may. Only a global admin manages a user who holds an admin role.
pub fn refusal(mine: &[Role], user: &PartnerUser) -> Option<&'static str> {
    let admin = mine.contains(&Role::GlobalAdmin);
    (!admin && user.roles.iter().any(|r| r.is_admin_role())).then_some("users-edit-admin-only")
}

/// The PATCH for the edits made to `user`: only what changed, and the admin role only when the
/// partner may assign admin roles (a user management admin never sends it, even unchanged).
pub fn update_for(user: &PartnerUser, name: &str, admin: &str, agent: &str, may_assign_admin: bool) -> UserUpdate {
    let name = name.trim();
    let new_admin = to_wire(Setting::Admin, admin);
    let new_agent = to_wire(Setting::Agent, agent);
    UserUpdate {
        display_name: (name != user.display_name).then(|| name.to_string()),
        admin_role: (may_assign_admin && new_admin != user.admin_role().map(Role::as_str)).then_some(new_admin),
        agent_role: (new_agent != user.agent_role().map(Role::as_str)).then_some(new_agent),
    }
}

/// The names of `roles` to show (Fluent ids), admin role first; unknown roles left out.
pub fn role_labels(roles: &[Role]) -> Vec<&'static str> {
    let mut r: Vec<Role> = roles.to_vec();
    r.sort_by_key(|r| !r.is_admin_role());
    r.into_iter().filter_map(Role::message_id).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Attributes;

    fn user(roles: &[Role]) -> PartnerUser {
        PartnerUser {
            id: "u1".into(),
            display_name: "Lin Fang".into(),
            user_principal_name: "lin@fabrikam.onmicrosoft.com".into(),
            first_name: None,
            last_name: None,
            roles: roles.to_vec(),
            created_at: String::new(),
            attributes: Attributes::default(),
        }
    }

    #[test]
    fn each_choice_maps_to_its_contract_value_and_back() {
        for (setting, choices) in [(Setting::Admin, ADMIN_CHOICES), (Setting::Agent, AGENT_CHOICES)] {
            for (value, _) in choices {
                let wire = to_wire(setting, value);
                assert_eq!(wire, (!value.is_empty()).then_some(value));
                let roles: Vec<Role> = wire.and_then(Role::parse).into_iter().collect();
                assert_eq!(choice_of(setting, &roles), value);
            }
        }
    }

    #[test]
    fn a_role_of_the_other_setting_is_no_choice() {
        assert_eq!(to_wire(Setting::Admin, "sales_agent"), None);
        assert_eq!(to_wire(Setting::Agent, "global_admin"), None);
        assert_eq!(to_wire(Setting::Agent, "other"), None);
        assert_eq!(normalize(Setting::Admin, "Global_Admin"), "");
    }

    #[test]
    fn no_admin_is_the_default_of_a_user_without_roles() {
        assert_eq!(choice_of(Setting::Admin, &[]), "");
        assert_eq!(choice_of(Setting::Agent, &[Role::Other]), "");
        assert_eq!(choice_of(Setting::Agent, &[Role::BillingAdmin, Role::SalesAgent]), "sales_agent");
    }

    #[test]
    fn the_update_carries_only_what_changed() {
        let u = user(&[Role::BillingAdmin, Role::SalesAgent]);
        let none = update_for(&u, " Lin Fang ", "billing_admin", "sales_agent", true);
        assert_eq!(none, UserUpdate { display_name: None, admin_role: None, agent_role: None });
        let all = update_for(&u, "Fang Lin", "", "helpdesk_agent", true);
        assert_eq!(all.display_name.as_deref(), Some("Fang Lin"));
        assert_eq!(all.admin_role, Some(None));
        assert_eq!(all.agent_role, Some(Some("helpdesk_agent")));
    }

    #[test]
    fn a_user_management_admin_never_sends_the_admin_role() {
        let u = user(&[Role::SalesAgent]);
        let up = update_for(&u, "Lin Fang", "global_admin", "", false);
        assert_eq!(up.admin_role, None);
        assert_eq!(up.agent_role, Some(None));
    }

    #[test]
    fn only_a_global_admin_manages_a_user_with_an_admin_role() {
        let admin = user(&[Role::BillingAdmin]);
        let agent = user(&[Role::AdminAgent]);
        assert_eq!(refusal(&[Role::UserManagementAdmin], &admin), Some("users-edit-admin-only"));
        assert_eq!(refusal(&[Role::UserManagementAdmin], &agent), None);
        assert_eq!(refusal(&[Role::GlobalAdmin], &admin), None);
    }

    #[test]
    fn labels_put_the_admin_role_first() {
        assert_eq!(
            role_labels(&[Role::SalesAgent, Role::Other, Role::GlobalAdmin]),
            vec!["role-global-admin", "role-sales-agent"]
        );
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Any text as a choice (a draft, a hand-edited value): a role of that setting or none,
        /// never a role of the other setting, never a panic.
        #[test]
        fn any_choice_is_a_role_of_its_setting_or_none(v in any_text()) {
            for setting in [Setting::Admin, Setting::Agent] {
                match parse(setting, &v) {
                    Some(r) => prop_assert!(setting.holds(r)),
                    None => prop_assert_eq!(normalize(setting, &v), ""),
                }
                let n = normalize(setting, &v);
                prop_assert_eq!(normalize(setting, n), n);
            }
        }

        /// Whatever is typed or chosen: a user management admin's update never carries an admin
        /// role, roles sent are of their own setting, and the name sent is trimmed.
        #[test]
        fn any_edit_makes_a_valid_update(name in any_text(), admin in any_text(), agent in any_text(), may in any::<bool>()) {
            let u = crate::model::users::PartnerUser {
                id: "u".into(), display_name: "Lin".into(), user_principal_name: "l@x.cn".into(), first_name: None,
                last_name: None, roles: vec![Role::SalesAgent], created_at: String::new(), attributes: Default::default(),
            };
            let up = update_for(&u, &name, &admin, &agent, may);
            if !may {
                prop_assert_eq!(up.admin_role, None);
            }
            if let Some(Some(r)) = up.admin_role {
                prop_assert!(Role::parse(r).is_some_and(|r| r.is_admin_role()));
            }
            if let Some(Some(r)) = up.agent_role {
                prop_assert!(Role::parse(r).is_some_and(|r| Setting::Agent.holds(r)));
            }
            if let Some(n) = up.display_name {
                prop_assert_eq!(n.as_str(), name.trim());
            }
        }
    }
}
