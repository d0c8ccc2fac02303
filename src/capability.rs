//! What each role may do in Account settings, Pricing and offers and Customers: the docs' role tables
//! (features spec §3) as the reference server enforces them (`x-required-roles` in
//! api/openapi.yaml). Pages read this to leave out, or disable with the reason, an action the
//! partner's roles lack; the server refuses it all the same. Pure, so the whole matrix is
//! tested natively.

use partner_center_rules::Role;

use crate::locale::Cloud;

/// Something a partner user may or may not do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Capability {
    /// See the partner profiles ("Help desk agent: can't view partner profiles").
    ViewProfiles,
    /// Update the partner profile (legal business), the organization or the support profile.
    EditProfiles,
    /// Update the partner billing profile ("Only the Global admin, Billing admin or Admin agent
    /// can change the billing address").
    EditBillingProfile,
    /// See, add, edit and delete the partner's users.
    ManageUsers,
    /// Give or take away an admin role, or manage a user who holds one.
    AssignAdminRoles,
    /// Reset another user's password: global cloud only ("Global admins cannot reset a
    /// password on behalf of a user" in Partner Center operated by 21Vianet).
    ResetPasswords,
    /// See the catalog and the offers.
    ViewOffers,
    /// Pin offers to the top of the catalog.
    PinOffers,
    /// See the price list ("View pricing and offers").
    ViewPrices,
    /// Search for customers and see their details and subscriptions.
    ViewCustomers,
    /// Add a customer ("Help desk agent: can't create a new customer account").
    AddCustomers,
    /// Update a customer's billing information ("can't edit customer billing information").
    EditCustomers,
    /// Buy subscriptions and change their quantity, nickname and status ("Subscription
    /// management").
    ManageSubscriptions,
    /// Request a reseller relationship with a customer.
    RequestRelationship,
    /// A customer's users and licenses: global cloud only (in China they are managed in the
    /// Office 365 admin center operated by 21Vianet), global admins and admin agents.
    ManageCustomerUsers,
}

impl Capability {
    pub const ALL: [Capability; 15] = [
        Capability::ViewProfiles,
        Capability::EditProfiles,
        Capability::EditBillingProfile,
        Capability::ManageUsers,
        Capability::AssignAdminRoles,
        Capability::ResetPasswords,
        Capability::ViewOffers,
        Capability::PinOffers,
        Capability::ViewPrices,
        Capability::ViewCustomers,
        Capability::AddCustomers,
        Capability::EditCustomers,
        Capability::ManageSubscriptions,
        Capability::RequestRelationship,
        Capability::ManageCustomerUsers,
    ];

    /// The roles that have it in `cloud` (any one of them is enough).
    pub const fn roles(self, cloud: Cloud) -> &'static [Role] {
        use Role::*;
        match self {
            Capability::ViewProfiles => crate::routes::PROFILE_READERS,
            Capability::EditProfiles => &[GlobalAdmin, AdminAgent],
            Capability::EditBillingProfile => &[GlobalAdmin, BillingAdmin, AdminAgent],
            Capability::ManageUsers => crate::routes::USER_MANAGERS,
            Capability::AssignAdminRoles => &[GlobalAdmin],
            Capability::ResetPasswords => match cloud {
                Cloud::China => &[],
                Cloud::Global => crate::routes::USER_MANAGERS,
            },
            Capability::ViewOffers => crate::routes::OFFER_READERS,
            Capability::PinOffers => &[GlobalAdmin, AdminAgent],
            Capability::ViewPrices => crate::routes::PRICE_READERS,
            Capability::ViewCustomers => crate::routes::CUSTOMER_READERS,
            Capability::AddCustomers
            | Capability::EditCustomers
            | Capability::ManageSubscriptions
            | Capability::RequestRelationship => crate::routes::CUSTOMER_WRITERS,
            Capability::ManageCustomerUsers => match cloud {
                Cloud::China => &[],
                Cloud::Global => &[GlobalAdmin, AdminAgent],
            },
        }
    }
}

/// Whether someone holding `held` may do `what` in `cloud`.
pub fn can(cloud: Cloud, held: &[Role], what: Capability) -> bool {
    let allowed = what.roles(cloud);
    held.iter().any(|r| allowed.contains(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use Capability::*;
    use Role::*;

    /// The matrix, row by row: what each of the six roles may do, in both clouds but for the
    /// password reset.
    fn expected(role: Role, what: Capability, cloud: Cloud) -> bool {
        match (role, what) {
            (GlobalAdmin | AdminAgent | SalesAgent | HelpdeskAgent, ViewCustomers) => true,
            (
                GlobalAdmin | AdminAgent | SalesAgent,
                AddCustomers | EditCustomers | ManageSubscriptions | RequestRelationship,
            ) => true,
            (GlobalAdmin | AdminAgent, ManageCustomerUsers) => cloud == Cloud::Global,
            (_, ViewCustomers | AddCustomers | EditCustomers | ManageSubscriptions | RequestRelationship) => false,
            (_, ManageCustomerUsers) => false,
            (HelpdeskAgent, _) => false,
            (_, ViewProfiles) => true,
            (GlobalAdmin | AdminAgent, EditProfiles | PinOffers) => true,
            (GlobalAdmin | AdminAgent | BillingAdmin, EditBillingProfile | ViewPrices) => true,
            (GlobalAdmin | UserManagementAdmin, ManageUsers) => true,
            (GlobalAdmin | UserManagementAdmin, ResetPasswords) => cloud == Cloud::Global,
            (GlobalAdmin, AssignAdminRoles) => true,
            (GlobalAdmin | AdminAgent | BillingAdmin | SalesAgent, ViewOffers) => true,
            _ => false,
        }
    }

    #[test]
    fn each_role_may_do_what_the_docs_say_and_nothing_else() {
        for cloud in [Cloud::China, Cloud::Global] {
            for role in Role::ALL {
                for what in Capability::ALL {
                    assert_eq!(can(cloud, &[role], what), expected(role, what, cloud), "{role:?} {what:?} {cloud:?}");
                }
            }
        }
    }

    #[test]
    fn no_role_is_no_capability_and_two_roles_add_up() {
        for what in Capability::ALL {
            assert!(!can(Cloud::Global, &[], what));
            assert!(!can(Cloud::Global, &[Other], what));
        }
        // A user management admin who is also a sales agent manages users and sees offers.
        let both = [UserManagementAdmin, SalesAgent];
        assert!(can(Cloud::China, &both, ManageUsers) && can(Cloud::China, &both, ViewOffers));
        assert!(!can(Cloud::China, &both, ViewPrices) && !can(Cloud::China, &both, AssignAdminRoles));
    }

    #[test]
    fn in_china_nobody_resets_another_users_password() {
        for role in Role::ALL {
            assert!(!can(Cloud::China, &[role], ResetPasswords), "{role:?}");
        }
        assert!(can(Cloud::Global, &[GlobalAdmin], ResetPasswords));
    }

    /// Each page's route asks for the same roles as the capability it is for.
    #[test]
    fn the_page_list_and_the_matrix_agree() {
        use crate::routes::Page;
        for cloud in [Cloud::China, Cloud::Global] {
            for (page, what) in [
                (Page::LegalProfile, ViewProfiles),
                (Page::Users, ManageUsers),
                (Page::UserAdd, ManageUsers),
                (Page::Catalog, ViewOffers),
                (Page::Pricing, ViewPrices),
                (Page::Customers, ViewCustomers),
                (Page::Customer, ViewCustomers),
                (Page::Subscription, ViewCustomers),
                (Page::CustomerAdd, AddCustomers),
                (Page::SubscriptionAdd, ManageSubscriptions),
                (Page::RelationshipRequest, RequestRelationship),
            ] {
                if let crate::routes::Access::Roles(roles) = page.info().meta.access {
                    assert_eq!(roles, what.roles(cloud), "{page:?}");
                } else {
                    panic!("{page:?} is for some roles only");
                }
            }
        }
    }
}
