//! The portal's pages as data: the one list of every page the app routes, links or redirects to,
//! with what each page needs: the clouds it belongs to, who may open it, and its entry in the
//! Dashboard menu if it is a menu area. The route table (`app.rs`) matches on these values
//! themselves (`Page` and `Alias` are route paths), so a page's address is written once, here,
//! and cannot drift; the menu and the page checks read the same rows. Pure, so the addresses,
//! the menu and the checks are tested natively.
//!
//! A new page is one line in `page_list!` (and one line in the route table); a page of an area
//! that loads on demand says so with `.in_area(..)` (see `crate::areas`).

use leptos_router::{ParamSegment, PartialPathMatch, PathSegment, PossibleRouteMatch, StaticSegment};
use partner_center_rules::Role;

use crate::locale::Cloud;

/// Who may open a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Any signed-in user, whatever their roles (a role a newer server invented included).
    SignedIn,
    /// A signed-in user holding at least one of these roles.
    Roles(&'static [Role]),
}

/// A page's entry in the Dashboard menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MenuEntry {
    /// The Fluent id of its label.
    pub label: &'static str,
    /// Its place in the menu, lowest first ("Overview, then one entry per area").
    pub order: u16,
}

/// A part of the portal whose pages load on demand: its code is a wasm chunk of its own in the
/// release build, fetched the first time a partner enters it (`crate::areas`). Pages in no area
/// (the shell, landing, sign-in) are in the first load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Area {
    /// Dashboard › Overview, where a partner lands after signing in. Its own chunk so that a
    /// visitor who has not signed in yet does not download it.
    Dashboard,
    /// The China enrollment wizard.
    Enroll,
    /// Work accounts before sign-in: Create one, Can't access your account.
    Account,
    /// Account settings: partner profiles, user management, the catalog.
    Settings,
    /// Pricing and offers.
    Pricing,
    /// Indirect providers (global): the reseller's providers, the customers it shares with
    /// them, and a provider's invitation to authorize.
    Indirect,
    /// Customers: the list, adding a customer, a customer's account and subscriptions, the
    /// reseller relationship request.
    Customers,
}

impl Area {
    pub const ALL: [Area; 7] =
        [Area::Dashboard, Area::Enroll, Area::Account, Area::Settings, Area::Pricing, Area::Indirect, Area::Customers];

    /// The area's name: its chunk's, and its messages' (`locales/<locale>/<name>.ftl` and
    /// `<name>-*.ftl`, served joined as `messages-<name>.ftl` and loaded with the chunk).
    pub const fn name(self) -> &'static str {
        match self {
            Area::Dashboard => "dashboard",
            Area::Enroll => "enroll",
            Area::Account => "account",
            Area::Settings => "settings",
            Area::Pricing => "pricing",
            Area::Indirect => "indirect",
            Area::Customers => "customers",
        }
    }
}

/// What a page needs, besides its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Meta {
    pub access: Access,
    /// The clouds whose Partner Center has this page.
    pub clouds: &'static [Cloud],
    pub menu: Option<MenuEntry>,
    /// The area whose chunk holds the page; None: the page is in the first load.
    pub area: Option<Area>,
    /// The name of one more path segment after the page's address, which the page reads as a
    /// parameter (`/indirect-providers/accept/{token}`: a link someone else printed).
    pub param: Option<&'static str>,
}

pub const BOTH_CLOUDS: &[Cloud] = &[Cloud::China, Cloud::Global];
pub const CHINA: &[Cloud] = &[Cloud::China];
pub const GLOBAL: &[Cloud] = &[Cloud::Global];
/// The enrollment wizard is the partner's global admin's (the server's enrollment endpoints
/// answer no one else).
pub const ENROLLING: &[Role] = &[Role::GlobalAdmin];
/// Who may view the partner profiles: every role but the help desk agent ("Can't: View partner
/// profiles"), as the server's `GET /v1/profiles/*`.
pub const PROFILE_READERS: &[Role] =
    &[Role::GlobalAdmin, Role::UserManagementAdmin, Role::BillingAdmin, Role::AdminAgent, Role::SalesAgent];
/// "Only global or user management admins can add users and assign roles."
pub const USER_MANAGERS: &[Role] = &[Role::GlobalAdmin, Role::UserManagementAdmin];
/// Who may view the catalog and the offers (the server's `GET /v1/offers`, `/v1/pinnedoffers`).
pub const OFFER_READERS: &[Role] = &[Role::GlobalAdmin, Role::BillingAdmin, Role::AdminAgent, Role::SalesAgent];
/// "View pricing and offers": global, billing admins and admin agents, not sales agents (the
/// server's `GET /v1/pricelist`). Sales agents see the offers in the catalog.
pub const PRICE_READERS: &[Role] = &[Role::GlobalAdmin, Role::BillingAdmin, Role::AdminAgent];
/// Account settings opens for whoever may use one of its pages.
pub const SETTINGS_USERS: &[Role] = PROFILE_READERS;
/// Who may see the customers and their subscriptions (the server's `GET /v1/customers`): the
/// agents and the global admin ("Help desk agent: Search for customers and view customer
/// details"); admins of billing or users are not customer roles.
pub const CUSTOMER_READERS: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent];
/// Who may add customers, buy and change subscriptions and request a reseller relationship (the
/// help desk agent "can't create a new customer account", "subscription management", "request a
/// reseller relationship").
pub const CUSTOMER_WRITERS: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent];
/// Who works with indirect providers and resellers (the server's `/v1/relationships`; GL19 lists
/// the global admin, admin agent and sales agent, and the user admin, who has no customer data).
pub const RELATIONSHIP_USERS: &[Role] = &[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent];

/// A page anyone may open, in both clouds.
pub const fn public() -> Meta {
    Meta { access: Access::Public, clouds: BOTH_CLOUDS, menu: None, area: None, param: None }
}

/// A page for any signed-in user, in both clouds.
pub const fn signed_in() -> Meta {
    Meta { access: Access::SignedIn, clouds: BOTH_CLOUDS, menu: None, area: None, param: None }
}

/// A page for signed-in users holding one of `roles`, in both clouds.
pub const fn for_roles(roles: &'static [Role]) -> Meta {
    Meta { access: Access::Roles(roles), clouds: BOTH_CLOUDS, menu: None, area: None, param: None }
}

impl Meta {
    /// The page exists only in these clouds.
    pub const fn only_in(self, clouds: &'static [Cloud]) -> Meta {
        Meta { clouds, ..self }
    }

    /// The page's code is in `area`'s chunk, loaded on demand.
    pub const fn in_area(self, area: Area) -> Meta {
        Meta { area: Some(area), ..self }
    }

    /// The page's address ends in one more segment, the parameter `name`.
    pub const fn with_param(self, name: &'static str) -> Meta {
        Meta { param: Some(name), ..self }
    }

    /// The page is an area of the Dashboard menu, labelled by the Fluent id `label`.
    pub const fn menu(self, label: &'static str, order: u16) -> Meta {
        Meta { menu: Some(MenuEntry { label, order }), ..self }
    }

    /// Whether this page opens in `cloud` for someone holding `roles` (None: signed out), and
    /// if not, why. The cloud comes first: a page of another cloud is not there for anyone.
    pub fn verdict(&self, cloud: Cloud, roles: Option<&[Role]>) -> Verdict {
        if !self.clouds.contains(&cloud) {
            return Verdict::NotAvailable(Refusal::Cloud);
        }
        match (self.access, roles) {
            (Access::Public, _) => Verdict::Open,
            (_, None) => Verdict::SignIn,
            (Access::SignedIn, Some(_)) => Verdict::Open,
            (Access::Roles(allowed), Some(held)) if held.iter().any(|r| allowed.contains(r)) => Verdict::Open,
            (Access::Roles(_), Some(_)) => Verdict::NotAvailable(Refusal::Role),
        }
    }
}

/// A row of the page list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageInfo {
    pub page: Page,
    pub path: &'static str,
    pub meta: Meta,
}

/// Declares `Page` and `PAGES` together from one line per page, so a row cannot be missing or
/// out of step with the enum (`Page::info` indexes `PAGES` by the variant).
macro_rules! page_list {
    ($($(#[doc = $doc:literal])* $page:ident: $path:literal, $meta:expr;)*) => {
        /// Every page of the portal, by what it is.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Page {
            $($(#[doc = $doc])* $page,)*
        }

        /// The page list: every page's address and what it needs, in the order of [`Page`].
        pub const PAGES: &[PageInfo] = &[$(PageInfo { page: Page::$page, path: $path, meta: $meta },)*];

        impl Page {
            pub const ALL: [Page; PAGES.len()] = [$(Page::$page,)*];
        }
    };
}

page_list! {
    /// The front door for signed-out visitors.
    Landing: "/", public();
    SignIn: "/signin", public();
    /// "Can't access your account?": self-service password reset.
    Recover: "/account/recover", public().in_area(Area::Account);
    /// Enrollment's first page: the 21Vianet CSP reseller program's "Before you begin" in China,
    /// the indirect reseller program's Welcome in global.
    Enroll: "/enroll", public().in_area(Area::Enroll);
    /// "Create one": a new work account. In both clouds: a global partner starts with one too.
    CreateOne: "/enroll/create-one", public().in_area(Area::Account);
    /// Lands a signed-in partner on the step of their cloud's journey they belong at.
    EnrollResume: "/enroll/resume", for_roles(ENROLLING).in_area(Area::Enroll);
    EnrollAccount: "/enroll/account", for_roles(ENROLLING).only_in(CHINA).in_area(Area::Enroll);
    EnrollPhone: "/enroll/phone", for_roles(ENROLLING).only_in(CHINA).in_area(Area::Enroll);
    EnrollCreated: "/enroll/account-created", for_roles(ENROLLING).only_in(CHINA).in_area(Area::Enroll);
    EnrollProgram: "/enroll/program", for_roles(ENROLLING).only_in(CHINA).in_area(Area::Enroll);
    EnrollReview: "/enroll/review", for_roles(ENROLLING).only_in(CHINA).in_area(Area::Enroll);
    /// Global: link the MPN ID (Partner Membership Center sign-in, then the organization).
    EnrollOrganization: "/enroll/organization", for_roles(ENROLLING).only_in(GLOBAL).in_area(Area::Enroll);
    /// Global: legal business profile, primary contact and support, then "Enroll now".
    EnrollDetails: "/enroll/details", for_roles(ENROLLING).only_in(GLOBAL).in_area(Area::Enroll);
    EnrollStatus: "/enroll/status", for_roles(ENROLLING).in_area(Area::Enroll);
    EnrollAgreement: "/enroll/agreement", for_roles(ENROLLING).in_area(Area::Enroll);
    /// Global: the link in the primary contact's e-mail (`/enroll/verify-email/{token}`); any
    /// user of the enrolling organization may open it.
    EnrollVerifyEmail: "/enroll/verify-email", signed_in().only_in(GLOBAL).with_param("token").in_area(Area::Enroll);
    /// Dashboard › Overview: the partner's home after sign-in.
    Overview: "/dashboard/overview", signed_in().menu("shell-menu-overview", 0).in_area(Area::Dashboard);
    /// Account settings: what its pages are, for this user's roles.
    AccountSettings: "/account-settings", for_roles(SETTINGS_USERS).menu("shell-menu-settings", 10).in_area(Area::Settings);
    /// The partner profile (legal business profile).
    LegalProfile: "/account-settings/partner-profile", for_roles(PROFILE_READERS).in_area(Area::Settings);
    BillingProfile: "/account-settings/billing-profile", for_roles(PROFILE_READERS).in_area(Area::Settings);
    OrganizationProfile: "/account-settings/organization-profile", for_roles(PROFILE_READERS).in_area(Area::Settings);
    SupportProfile: "/account-settings/support-profile", for_roles(PROFILE_READERS).in_area(Area::Settings);
    MpnProfile: "/account-settings/mpn-profile", for_roles(PROFILE_READERS).in_area(Area::Settings);
    /// User management: the partner's users.
    Users: "/account-settings/users", for_roles(USER_MANAGERS).in_area(Area::Settings);
    UserAdd: "/account-settings/users/add", for_roles(USER_MANAGERS).in_area(Area::Settings);
    /// One user (`?id=`): edit the name and roles, reset the password, delete.
    UserEdit: "/account-settings/users/user", for_roles(USER_MANAGERS).in_area(Area::Settings);
    /// Customize the catalog: pin up to five offers to its top.
    Catalog: "/account-settings/catalog", for_roles(OFFER_READERS).in_area(Area::Settings);
    /// Pricing and offers.
    Pricing: "/pricing", for_roles(PRICE_READERS).menu("shell-menu-pricing", 30).in_area(Area::Pricing);
    /// Customers: the list, searched and paged (`?q=`, `&open=`, `&at=`).
    Customers: "/customers", for_roles(CUSTOMER_READERS).menu("shell-menu-customers", 20).in_area(Area::Customers);
    /// Add customer: the wizard (Account info, Subscriptions, Review, Confirmation).
    CustomerAdd: "/customers/add", for_roles(CUSTOMER_WRITERS).in_area(Area::Customers);
    /// One customer (`?id=`, `&tab=account|subscriptions|users`).
    Customer: "/customers/customer", for_roles(CUSTOMER_READERS).in_area(Area::Customers);
    /// Add subscription for a customer (`?id=` the customer).
    SubscriptionAdd: "/customers/customer/add-subscription", for_roles(CUSTOMER_WRITERS).in_area(Area::Customers);
    /// One subscription (`?customer=`, `&id=`): quantity, nickname, status, upgrade.
    Subscription: "/customers/subscription", for_roles(CUSTOMER_READERS).in_area(Area::Customers);
    /// Request a reseller relationship: the draft email with the partner's link.
    RelationshipRequest: "/customers/relationship-request", for_roles(CUSTOMER_WRITERS).in_area(Area::Customers);
    /// The reseller's indirect providers: View customers, Invite new customers.
    IndirectProviders: "/indirect-providers",
        for_roles(RELATIONSHIP_USERS).only_in(GLOBAL).menu("shell-menu-indirect-providers", 25).in_area(Area::Indirect);
    /// A provider's invitation (`/indirect-providers/accept/{token}`, the link in its email):
    /// who the provider is and what authorizing grants; a global admin authorizes it. Any
    /// signed-in user may open it, to be told who can.
    IndirectAccept: "/indirect-providers/accept", signed_in().only_in(GLOBAL).with_param("token").in_area(Area::Indirect);
    /// Indirect providers › View customers: the customers shared with one provider
    /// (`/indirect-providers/customers/{providerId}`).
    IndirectSharedCustomers: "/indirect-providers/customers",
        for_roles(RELATIONSHIP_USERS).only_in(GLOBAL).with_param("provider").in_area(Area::Indirect);
    /// Indirect providers › Invite new customers: the customer's email, then the draft email
    /// with the link personalized for the reseller and that provider.
    IndirectInviteCustomers: "/indirect-providers/invite",
        for_roles(RELATIONSHIP_USERS).only_in(GLOBAL).with_param("provider").in_area(Area::Indirect);
    /// The provider's Indirect resellers: pending invitations and authorized resellers. In the
    /// menu of partners that work as providers only (the session says; `DashboardMenu`).
    IndirectResellers: "/indirect-resellers",
        for_roles(RELATIONSHIP_USERS).only_in(GLOBAL).menu("shell-menu-indirect-resellers", 26).in_area(Area::Indirect);
    /// Indirect resellers › Request a partnership: the invitation, then its draft email.
    IndirectPartnershipRequest: "/indirect-resellers/request",
        for_roles(RELATIONSHIP_USERS).only_in(GLOBAL).in_area(Area::Indirect);
    /// One reseller's customers, on the provider's side (`/indirect-resellers/customers/{resellerId}`).
    IndirectResellerCustomers: "/indirect-resellers/customers",
        for_roles(RELATIONSHIP_USERS).only_in(GLOBAL).with_param("reseller").in_area(Area::Indirect);
}

impl Page {
    pub const fn info(self) -> &'static PageInfo {
        &PAGES[self as usize]
    }

    pub const fn path(self) -> &'static str {
        self.info().path
    }
}

/// Why a page does not open for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The page belongs to another cloud's Partner Center.
    Cloud,
    /// None of the signed-in user's roles may open it.
    Role,
}

/// What opening a page comes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Open,
    /// It needs a session and there is none.
    SignIn,
    NotAvailable(Refusal),
}

/// A Dashboard menu entry as shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MenuItem {
    pub path: &'static str,
    /// The Fluent id of its label.
    pub label: &'static str,
}

/// The Dashboard menu of a signed-in user holding `roles` in `cloud`: the areas of `table` they
/// may open, in menu order. An area they may not open is absent, not shown disabled.
pub fn menu(table: &[PageInfo], cloud: Cloud, roles: &[Role]) -> Vec<MenuItem> {
    let mut areas: Vec<_> = table
        .iter()
        .filter(|p| p.meta.verdict(cloud, Some(roles)) == Verdict::Open)
        .filter_map(|p| p.meta.menu.map(|m| (m.order, MenuItem { path: p.path, label: m.label })))
        .collect();
    areas.sort_by_key(|(order, _)| *order);
    areas.into_iter().map(|(_, item)| item).collect()
}

/// What a partner is offered on a page they may not open (or while their organization cannot
/// use the portal yet).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instead {
    /// Signed out: the home page.
    Home,
    /// The organization's program is active: the Overview.
    Overview,
    /// Still enrolling, and this user may enroll here: back to their enrollment step.
    Enrollment,
    /// Still enrolling, and only another role may enroll (the global admin): ask them.
    AskGlobalAdmin,
    /// Still enrolling, and this cloud's enrollment is not in this portal (yet): nothing to do
    /// here until it is.
    EnrollmentNotHere,
}

/// What to offer instead, from who is signed in (`roles`, None when signed out) and whether their
/// organization is still enrolling. Whether the enrollment is here, and for whom, is the
/// enrollment's entry page (`Page::EnrollResume`) in `table`.
pub fn instead(table: &[PageInfo], cloud: Cloud, roles: Option<&[Role]>, still_enrolling: bool) -> Instead {
    let Some(roles) = roles else { return Instead::Home };
    if !still_enrolling {
        return Instead::Overview;
    }
    let enrollment = table.iter().find(|p| p.page == Page::EnrollResume);
    match enrollment.map(|p| p.meta.verdict(cloud, Some(roles))) {
        Some(Verdict::Open) => Instead::Enrollment,
        Some(Verdict::NotAvailable(Refusal::Role)) => Instead::AskGlobalAdmin,
        _ => Instead::EnrollmentNotHere,
    }
}

/// Addresses printed elsewhere (the seeds, the Partner Center docs) that stand for one of our
/// pages: the route table redirects them, replacing the history entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alias {
    /// Partner Center's "join now" address for the 21Vianet CSP reseller program.
    ResellerCnJoinNow,
    /// Partner Center's own address of the Overview.
    PcvOverview,
    /// Partner Center's own address of Pricing and offers (CN/see-offers-and-pricing).
    PcvSales,
}

impl Alias {
    pub const ALL: [Alias; 3] = [Alias::ResellerCnJoinNow, Alias::PcvOverview, Alias::PcvSales];

    pub const fn path(self) -> &'static str {
        match self {
            Alias::ResellerCnJoinNow => "/register/resellercnjoinnow",
            Alias::PcvOverview => "/pcv/dashboard/overview",
            Alias::PcvSales => "/pcv/sales",
        }
    }

    pub const fn target(self) -> Page {
        match self {
            Alias::ResellerCnJoinNow => Page::Enroll,
            Alias::PcvOverview => Page::Overview,
            Alias::PcvSales => Page::Pricing,
        }
    }
}

/// Sign in, then back to `here` (a path with its query and fragment).
pub fn sign_in_returning_to(here: &str) -> String {
    format!("{}?returnUrl={}", Page::SignIn.path(), encode_uri_component(here))
}

/// Sign in again after the session ended ("Your session has ended"), then back to `here`.
pub fn sign_in_again_returning_to(here: &str) -> String {
    format!("{}?reason=expired&returnUrl={}", Page::SignIn.path(), encode_uri_component(here))
}

/// What the browser's `encodeURIComponent` does, natively: everything but the unreserved
/// characters `A-Z a-z 0-9 - _ . ! ~ * ' ( )` as percent-encoded UTF-8.
fn encode_uri_component(s: &str) -> String {
    percent_encode(s, b"-_.!~*'()")
}

/// A value for a page's query string (`?id=…`): everything but RFC 3986's unreserved characters
/// percent-encoded, so an id from the server or the address bar is one value and cannot add a
/// parameter or end the address.
pub fn query_value(s: &str) -> String {
    percent_encode(s, b"-_.~")
}

/// `s` as percent-encoded UTF-8, but for ASCII letters, digits and the bytes of `keep`.
fn percent_encode(s: &str, keep: &[u8]) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || keep.contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Matches `path` as the `path!` macro's static segments for `address` would, then the
/// parameter segment `param` if there is one.
fn test_address<'a>(address: &'static str, param: Option<&'static str>, path: &'a str) -> Option<PartialPathMatch<'a>> {
    let mut remaining = path;
    let mut matched_len = 0;
    for segment in address.split('/').filter(|s| !s.is_empty()) {
        let m = StaticSegment(segment).test(remaining)?;
        matched_len += m.matched().len();
        remaining = m.remaining();
    }
    let mut params = Vec::new();
    if let Some(name) = param {
        let m = ParamSegment(name).test(remaining)?;
        matched_len += m.matched().len();
        remaining = m.remaining();
        params = m.params();
    }
    Some(PartialPathMatch::new(remaining, params, &path[..matched_len]))
}

fn generate_address(address: &'static str, param: Option<&'static str>, out: &mut Vec<PathSegment>) {
    for segment in address.split('/').filter(|s| !s.is_empty()) {
        StaticSegment(segment).generate_path(out);
    }
    if let Some(name) = param {
        ParamSegment(name).generate_path(out);
    }
}

/// Both kinds of address match the same way: by their static path (and a page's parameter).
macro_rules! route_by_path {
    ($($t:ty => $param:expr),*) => {$(
        impl PossibleRouteMatch for $t {
            fn optional(&self) -> bool {
                false
            }
            fn test<'a>(&self, path: &'a str) -> Option<PartialPathMatch<'a>> {
                test_address(self.path(), $param(self), path)
            }
            fn generate_path(&self, path: &mut Vec<PathSegment>) {
                generate_address(self.path(), $param(self), path)
            }
        }
    )*};
}
route_by_path!(Page => |p: &Page| p.info().meta.param, Alias => |_: &Alias| None);

/// The address of page `page` with its parameter `value` (encoded as one path segment).
pub fn with_param(page: Page, value: &str) -> String {
    format!("{}/{}", page.path(), query_value(value))
}

#[cfg(test)]
mod tests {
    use leptos_router::path;

    use super::*;

    /// A route matches a whole address as the router reads it: nothing left, or a trailing `/`.
    fn routes_to(route: &impl PossibleRouteMatch, address: &str) -> bool {
        route.test(address).is_some_and(|m| m.is_complete())
    }

    fn all_addresses() -> Vec<&'static str> {
        Page::ALL.iter().map(|p| p.path()).chain(Alias::ALL.iter().map(|a| a.path())).collect()
    }

    #[test]
    fn every_address_is_a_distinct_absolute_path_the_router_accepts() {
        let addresses = all_addresses();
        for a in &addresses {
            assert!(a.starts_with('/') && !a.contains("//"), "{a}");
            assert!(*a == "/" || !a.ends_with('/'), "{a}");
            assert!(a.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"/-".contains(&b)), "{a}");
        }
        let unique: std::collections::BTreeSet<_> = addresses.iter().collect();
        assert_eq!(unique.len(), addresses.len());
    }

    #[test]
    fn each_route_matches_its_own_address_and_no_other() {
        let addresses = all_addresses();
        for page in Page::ALL.into_iter().filter(|p| p.info().meta.param.is_none()) {
            for a in &addresses {
                assert_eq!(routes_to(&page, a), *a == page.path(), "{page:?} on {a}");
            }
            assert!(routes_to(&page, &format!("{}/", page.path().trim_end_matches('/'))), "{page:?}");
        }
        // A page with a parameter matches its address with one more segment, and no other.
        for page in Page::ALL.into_iter().filter(|p| p.info().meta.param.is_some()) {
            for a in &addresses {
                assert!(!routes_to(&page, a), "{page:?} on {a}");
            }
            let link = with_param(page, "demo-invite/7Qm2 x");
            assert_eq!(link, format!("{}/demo-invite%2F7Qm2%20x", page.path()));
            let m = page.test(&link).filter(|m| m.is_complete()).expect("its own link");
            assert_eq!(
                m.params(),
                vec![(page.info().meta.param.unwrap().into(), "demo-invite%2F7Qm2%20x".to_string())]
            );
            assert!(!routes_to(&page, &format!("{link}/more")));
        }
        for alias in Alias::ALL {
            for a in &addresses {
                assert_eq!(routes_to(&alias, a), *a == alias.path(), "{alias:?} on {a}");
            }
        }
        assert!(!routes_to(&Page::Overview, "/dashboard/overviews"));
        assert!(!routes_to(&Page::Overview, "/dashboard/overview/more"));
        assert!(!routes_to(&Page::Landing, "/x"));
    }

    #[test]
    fn a_page_matches_exactly_as_the_path_macro_would() {
        let inputs =
            ["", "/", "/dashboard", "/dashboard/overview", "/dashboard/overview/", "/dashboard/overviewx", "/enroll/x"];
        for input in inputs {
            let ours = Page::Overview.test(input).map(|m| (m.matched(), m.remaining()));
            let theirs = path!("/dashboard/overview").test(input).map(|m| (m.matched(), m.remaining()));
            assert_eq!(ours, theirs, "{input:?}");
            let ours = Page::Landing.test(input).map(|m| (m.matched(), m.remaining()));
            let theirs = path!("/").test(input).map(|m| (m.matched(), m.remaining()));
            assert_eq!(ours, theirs, "{input:?}");
        }
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        Page::EnrollCreated.generate_path(&mut ours);
        path!("/enroll/account-created").generate_path(&mut theirs);
        assert_eq!(ours, theirs);
    }

    #[test]
    fn aliases_lead_to_pages_at_other_addresses() {
        assert_eq!(Alias::ResellerCnJoinNow.target(), Page::Enroll);
        assert_eq!(Alias::PcvOverview.target(), Page::Overview);
        for alias in Alias::ALL {
            assert_ne!(alias.path(), alias.target().path());
        }
    }

    #[test]
    fn the_page_list_is_in_the_order_of_the_enum() {
        assert_eq!(PAGES.len(), Page::ALL.len());
        for (i, row) in PAGES.iter().enumerate() {
            assert_eq!(row.page as usize, i);
            assert_eq!(Page::ALL[i], row.page);
            assert_eq!(row.page.info(), row);
            assert_eq!(row.page.path(), row.path);
        }
    }

    const SIGNED_IN_ROLES: [&[Role]; 8] = [
        &[Role::GlobalAdmin],
        &[Role::BillingAdmin],
        &[Role::UserManagementAdmin],
        &[Role::AdminAgent],
        &[Role::SalesAgent],
        &[Role::HelpdeskAgent],
        &[Role::Other],
        &[],
    ];

    #[test]
    fn each_clouds_enrollment_is_its_own_and_its_global_admins() {
        let china =
            [Page::EnrollAccount, Page::EnrollPhone, Page::EnrollCreated, Page::EnrollProgram, Page::EnrollReview];
        let global = [Page::EnrollOrganization, Page::EnrollDetails];
        let both = [Page::EnrollResume, Page::EnrollStatus, Page::EnrollAgreement];
        for (pages, clouds, not) in [
            (&china[..], &[Cloud::China][..], Some(Cloud::Global)),
            (&global[..], &[Cloud::Global][..], Some(Cloud::China)),
            (&both[..], &[Cloud::China, Cloud::Global][..], None),
        ] {
            for &page in pages {
                let meta = page.info().meta;
                for &cloud in clouds {
                    assert_eq!(meta.verdict(cloud, Some(&[Role::GlobalAdmin])), Verdict::Open, "{page:?}");
                    assert_eq!(meta.verdict(cloud, None), Verdict::SignIn, "{page:?}");
                    for roles in SIGNED_IN_ROLES.into_iter().skip(1) {
                        assert_eq!(meta.verdict(cloud, Some(roles)), Verdict::NotAvailable(Refusal::Role), "{page:?}");
                    }
                }
                // A partner never opens another cloud's step.
                if let Some(other) = not {
                    for roles in SIGNED_IN_ROLES.into_iter().map(Some).chain([None]) {
                        assert_eq!(meta.verdict(other, roles), Verdict::NotAvailable(Refusal::Cloud), "{page:?}");
                    }
                }
                assert_eq!(meta.menu, None, "{page:?}");
            }
        }
        // The e-mail link is global, and for any user of the organization.
        let verify = Page::EnrollVerifyEmail.info().meta;
        assert_eq!(verify.verdict(Cloud::Global, Some(&[Role::HelpdeskAgent])), Verdict::Open);
        assert_eq!(verify.verdict(Cloud::China, Some(&[Role::GlobalAdmin])), Verdict::NotAvailable(Refusal::Cloud));
        for page in [Page::Landing, Page::SignIn, Page::Recover, Page::CreateOne] {
            for cloud in [Cloud::China, Cloud::Global] {
                assert_eq!(page.info().meta.verdict(cloud, None), Verdict::Open, "{page:?} {cloud:?}");
            }
        }
    }

    #[test]
    fn every_signed_in_user_has_the_overview_and_the_areas_their_roles_use() {
        let overview = "shell-menu-overview";
        let (settings, pricing) = ("shell-menu-settings", "shell-menu-pricing");
        let customers = "shell-menu-customers";
        let indirect = "shell-menu-indirect-providers";
        let resellers = "shell-menu-indirect-resellers";
        for cloud in [Cloud::China, Cloud::Global] {
            for roles in SIGNED_IN_ROLES {
                let mut labels: Vec<_> = menu(PAGES, cloud, roles).into_iter().map(|i| i.label).collect();
                // Indirect providers: the global cloud's, for the roles that work with them.
                let has_indirect = labels.contains(&indirect);
                assert_eq!(
                    has_indirect,
                    cloud == Cloud::Global && roles.iter().any(|r| RELATIONSHIP_USERS.contains(r)),
                    "{roles:?} {cloud:?}"
                );
                // Indirect resellers: the same, in the table (the menu shows it to providers only).
                assert_eq!(labels.contains(&resellers), has_indirect, "{roles:?} {cloud:?}");
                labels.retain(|l| *l != indirect && *l != resellers);
                let want: &[&str] = match roles {
                    [Role::GlobalAdmin] | [Role::AdminAgent] => &[overview, settings, customers, pricing],
                    // Billing admins have no customer work; they see the bills' prices.
                    [Role::BillingAdmin] => &[overview, settings, pricing],
                    // Sales agents "can't view pricing and offers"; user management admins see the profiles.
                    [Role::SalesAgent] => &[overview, settings, customers],
                    [Role::UserManagementAdmin] => &[overview, settings],
                    // Help desk agents "can't view partner profiles": customers only.
                    [Role::HelpdeskAgent] => &[overview, customers],
                    _ => &[overview],
                };
                assert_eq!(labels, want, "{roles:?} {cloud:?}");
                assert_eq!(Page::Overview.info().meta.verdict(cloud, Some(roles)), Verdict::Open);
            }
            assert_eq!(Page::Overview.info().meta.verdict(cloud, None), Verdict::SignIn);
        }
    }

    #[test]
    fn the_account_settings_pages_need_a_session_and_are_in_both_clouds() {
        let pages = [
            Page::AccountSettings,
            Page::LegalProfile,
            Page::BillingProfile,
            Page::OrganizationProfile,
            Page::SupportProfile,
            Page::MpnProfile,
            Page::Users,
            Page::UserAdd,
            Page::UserEdit,
            Page::Catalog,
            Page::Pricing,
        ];
        for page in pages {
            let meta = page.info().meta;
            assert!(meta.area.is_some(), "{page:?} loads on demand");
            for cloud in [Cloud::China, Cloud::Global] {
                assert_eq!(meta.verdict(cloud, None), Verdict::SignIn, "{page:?}");
                assert_eq!(meta.verdict(cloud, Some(&[Role::GlobalAdmin])), Verdict::Open, "{page:?}");
                assert_eq!(meta.verdict(cloud, Some(&[Role::HelpdeskAgent])), Verdict::NotAvailable(Refusal::Role));
            }
        }
        assert_eq!(
            Page::Users.info().meta.verdict(Cloud::China, Some(&[Role::SalesAgent])),
            Verdict::NotAvailable(Refusal::Role)
        );
        assert_eq!(Alias::PcvSales.target(), Page::Pricing);
    }

    #[test]
    fn menu_orders_are_distinct() {
        let orders: Vec<_> = PAGES.iter().filter_map(|p| p.meta.menu.map(|m| m.order)).collect();
        let unique: std::collections::BTreeSet<_> = orders.iter().collect();
        assert_eq!(unique.len(), orders.len());
    }

    /// Areas as later issues will add them: some for a few roles, one in the global cloud only,
    /// listed out of menu order. The rows reuse pages of the enum; only their metadata matters.
    const AREAS: &[PageInfo] = &[
        PageInfo {
            page: Page::Overview,
            path: "/dashboard/overview",
            meta: signed_in().menu("shell-menu-overview", 0),
        },
        PageInfo {
            page: Page::Recover,
            path: "/customers",
            meta: for_roles(&[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent, Role::HelpdeskAgent])
                .menu("fixture-customers", 20),
        },
        PageInfo {
            page: Page::SignIn,
            path: "/account-settings",
            meta: for_roles(&[Role::GlobalAdmin, Role::UserManagementAdmin]).menu("fixture-account", 10),
        },
        PageInfo {
            page: Page::Landing,
            path: "/indirect-resellers",
            meta: for_roles(&[Role::GlobalAdmin, Role::AdminAgent, Role::SalesAgent])
                .only_in(&[Cloud::Global])
                .menu("fixture-indirect", 30),
        },
        PageInfo { page: Page::EnrollResume, path: "/enroll/resume", meta: for_roles(ENROLLING) },
    ];

    fn labels(cloud: Cloud, roles: &[Role]) -> Vec<&'static str> {
        menu(AREAS, cloud, roles).into_iter().map(|i| i.label).collect()
    }

    #[test]
    fn the_menu_shows_the_areas_a_role_may_open_in_its_cloud_in_menu_order() {
        use Cloud::{China, Global};
        let all = ["shell-menu-overview", "fixture-account", "fixture-customers"];
        assert_eq!(labels(China, &[Role::GlobalAdmin]), all);
        assert_eq!(labels(Global, &[Role::GlobalAdmin]), [&all[..], &["fixture-indirect"]].concat());
        assert_eq!(labels(China, &[Role::HelpdeskAgent]), ["shell-menu-overview", "fixture-customers"]);
        assert_eq!(
            labels(Global, &[Role::SalesAgent]),
            ["shell-menu-overview", "fixture-customers", "fixture-indirect"]
        );
        assert_eq!(labels(China, &[Role::SalesAgent]), ["shell-menu-overview", "fixture-customers"]);
        assert_eq!(labels(Global, &[Role::BillingAdmin]), ["shell-menu-overview"]);
        assert_eq!(labels(China, &[Role::UserManagementAdmin]), ["shell-menu-overview", "fixture-account"]);
        // One admin role and one agent role: what either may open.
        assert_eq!(labels(China, &[Role::UserManagementAdmin, Role::SalesAgent]), all);
        assert_eq!(labels(Global, &[Role::Other]), ["shell-menu-overview"]);
        assert_eq!(labels(Global, &[]), ["shell-menu-overview"]);
        // Not a menu area: never in the menu, even for who may open it.
        assert!(!labels(China, &[Role::GlobalAdmin]).iter().any(|l| l.contains("enroll")));
    }

    #[test]
    fn a_page_says_why_it_does_not_open() {
        let indirect = AREAS[3].meta;
        assert_eq!(indirect.verdict(Cloud::Global, Some(&[Role::AdminAgent])), Verdict::Open);
        assert_eq!(indirect.verdict(Cloud::Global, Some(&[Role::HelpdeskAgent])), Verdict::NotAvailable(Refusal::Role));
        // The cloud first: whoever asks, and even signed out, it is not in this cloud.
        assert_eq!(indirect.verdict(Cloud::China, Some(&[Role::HelpdeskAgent])), Verdict::NotAvailable(Refusal::Cloud));
        assert_eq!(indirect.verdict(Cloud::China, None), Verdict::NotAvailable(Refusal::Cloud));
        assert_eq!(indirect.verdict(Cloud::Global, None), Verdict::SignIn);
        assert_eq!(public().verdict(Cloud::Global, Some(&[])), Verdict::Open);
        assert_eq!(public().only_in(CHINA).verdict(Cloud::Global, None), Verdict::NotAvailable(Refusal::Cloud));
    }

    #[test]
    fn what_a_partner_can_do_instead() {
        use Cloud::{China, Global};
        let ga: &[Role] = &[Role::GlobalAdmin];
        let helpdesk: &[Role] = &[Role::HelpdeskAgent];
        for table in [PAGES, AREAS] {
            assert_eq!(instead(table, China, None, false), Instead::Home);
            assert_eq!(instead(table, Global, None, true), Instead::Home);
            assert_eq!(instead(table, China, Some(helpdesk), false), Instead::Overview);
            assert_eq!(instead(table, Global, Some(ga), false), Instead::Overview);
            assert_eq!(instead(table, China, Some(ga), true), Instead::Enrollment);
            assert_eq!(instead(table, China, Some(helpdesk), true), Instead::AskGlobalAdmin);
            // Each cloud has its own journey behind the same entry page.
            assert_eq!(instead(table, Global, Some(ga), true), Instead::Enrollment);
            assert_eq!(instead(table, Global, Some(helpdesk), true), Instead::AskGlobalAdmin);
        }
        assert_eq!(instead(&AREAS[..4], China, Some(ga), true), Instead::EnrollmentNotHere);
    }

    #[test]
    fn sign_in_links_carry_the_way_back_encoded() {
        assert_eq!(sign_in_returning_to(Page::EnrollResume.path()), "/signin?returnUrl=%2Fenroll%2Fresume");
        assert_eq!(
            sign_in_again_returning_to(Page::EnrollAgreement.path()),
            "/signin?reason=expired&returnUrl=%2Fenroll%2Fagreement"
        );
        assert_eq!(encode_uri_component("/a?b=c d&e#f"), "%2Fa%3Fb%3Dc%20d%26e%23f");
        assert_eq!(encode_uri_component("-_.!~*'()Az09"), "-_.!~*'()Az09");
        assert_eq!(encode_uri_component("中é"), "%E4%B8%AD%C3%A9");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    fn decode(s: &str) -> Option<String> {
        let mut bytes = Vec::new();
        let mut it = s.bytes();
        while let Some(b) = it.next() {
            if b == b'%' {
                let hex = [it.next()?, it.next()?];
                bytes.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
            } else {
                bytes.push(b);
            }
        }
        String::from_utf8(bytes).ok()
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever the address holds, the way back is one query value (no `&`, `#`, `=` or
        /// space survives unencoded) and decodes to exactly that address.
        #[test]
        fn the_way_back_survives_any_address(here in any_text()) {
            let encoded = encode_uri_component(&here);
            prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.!~*'()%".contains(&b)));
            prop_assert_eq!(decode(&encoded), Some(here));
        }
    }
}
