//! The six Partner Center roles, as the contract names them (`global_admin`, ...). A user holds at
//! most one admin role and one agent role. The server grants and stores them; the app shows them.

/// A Partner Center role. `Other` is what a reader makes of a role this build does not know (a
/// newer server's), so a new role never fails a decode; nothing grants or stores it, and
/// [`Role::ALL`] and [`Role::parse`] know only the six.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    GlobalAdmin,
    BillingAdmin,
    UserManagementAdmin,
    AdminAgent,
    SalesAgent,
    HelpdeskAgent,
    Other,
}

impl Role {
    /// The six roles, admin roles first.
    pub const ALL: [Role; 6] = [
        Role::GlobalAdmin,
        Role::BillingAdmin,
        Role::UserManagementAdmin,
        Role::AdminAgent,
        Role::SalesAgent,
        Role::HelpdeskAgent,
    ];

    /// The contract's value (`global_admin`); `other` for [`Role::Other`].
    pub fn as_str(self) -> &'static str {
        match self {
            Role::GlobalAdmin => "global_admin",
            Role::BillingAdmin => "billing_admin",
            Role::UserManagementAdmin => "user_management_admin",
            Role::AdminAgent => "admin_agent",
            Role::SalesAgent => "sales_agent",
            Role::HelpdeskAgent => "helpdesk_agent",
            Role::Other => "other",
        }
    }

    /// One of the six by its contract value (exact); None for anything else.
    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// How a reader takes a value from the wire: one of the six, else [`Role::Other`].
    pub fn from_wire(s: &str) -> Role {
        Role::parse(s).unwrap_or(Role::Other)
    }

    /// The docs' English name, for operator output and the `DirectoryRole` name.
    pub fn label(self) -> &'static str {
        match self {
            Role::GlobalAdmin => "Global admin",
            Role::BillingAdmin => "Billing admin",
            Role::UserManagementAdmin => "User management admin",
            Role::AdminAgent => "Admin agent",
            Role::SalesAgent => "Sales agent",
            Role::HelpdeskAgent => "Helpdesk agent",
            Role::Other => "Other role",
        }
    }

    /// The app's message id for the role's name; None for a role it does not know.
    pub fn message_id(self) -> Option<&'static str> {
        Some(match self {
            Role::GlobalAdmin => "role-global-admin",
            Role::BillingAdmin => "role-billing-admin",
            Role::UserManagementAdmin => "role-user-management-admin",
            Role::AdminAgent => "role-admin-agent",
            Role::SalesAgent => "role-sales-agent",
            Role::HelpdeskAgent => "role-helpdesk-agent",
            Role::Other => return None,
        })
    }

    pub fn is_admin_role(self) -> bool {
        matches!(self, Role::GlobalAdmin | Role::BillingAdmin | Role::UserManagementAdmin)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
            assert_eq!(Role::from_wire(r.as_str()), r);
            assert!(r.message_id().is_some());
        }
        assert_eq!(Role::parse("other"), None, "nothing parses to Other");
        assert_eq!(Role::parse("Global_Admin"), None);
        assert_eq!(Role::from_wire("incentive_admin"), Role::Other);
        assert_eq!(Role::Other.message_id(), None);
    }

    #[test]
    fn three_admin_roles_and_three_agent_roles() {
        let admins = Role::ALL.into_iter().filter(|r| r.is_admin_role()).count();
        assert_eq!((admins, Role::ALL.len() - admins), (3, 3));
        assert!(!Role::Other.is_admin_role());
    }
}
