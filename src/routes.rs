//! The portal's pages as data: the one list of every address the app routes, links or redirects
//! to. The route table (`app.rs`) matches on these values themselves (`Page` and `Alias` are
//! route paths), so a page's address is written once, here, and cannot drift. Pure, so the
//! addresses and the sign-in links are tested natively.

use leptos_router::{PartialPathMatch, PathSegment, PossibleRouteMatch, StaticSegment};

/// Every page of the portal, by what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Page {
    /// The front door for signed-out visitors.
    Landing,
    SignIn,
    /// "Can't access your account?": self-service password reset.
    Recover,
    /// Enrollment's "Before you begin".
    Enroll,
    /// "Create one": a new work account, before the enrollment steps.
    CreateOne,
    /// Lands a signed-in partner on the enrollment step they belong at.
    EnrollResume,
    EnrollAccount,
    EnrollPhone,
    EnrollCreated,
    EnrollProgram,
    EnrollReview,
    EnrollStatus,
    EnrollAgreement,
    /// Dashboard › Overview: the partner's home after sign-in.
    Overview,
}

impl Page {
    pub const ALL: [Page; 14] = [
        Page::Landing,
        Page::SignIn,
        Page::Recover,
        Page::Enroll,
        Page::CreateOne,
        Page::EnrollResume,
        Page::EnrollAccount,
        Page::EnrollPhone,
        Page::EnrollCreated,
        Page::EnrollProgram,
        Page::EnrollReview,
        Page::EnrollStatus,
        Page::EnrollAgreement,
        Page::Overview,
    ];

    pub const fn path(self) -> &'static str {
        match self {
            Page::Landing => "/",
            Page::SignIn => "/signin",
            Page::Recover => "/account/recover",
            Page::Enroll => "/enroll",
            Page::CreateOne => "/enroll/create-one",
            Page::EnrollResume => "/enroll/resume",
            Page::EnrollAccount => "/enroll/account",
            Page::EnrollPhone => "/enroll/phone",
            Page::EnrollCreated => "/enroll/account-created",
            Page::EnrollProgram => "/enroll/program",
            Page::EnrollReview => "/enroll/review",
            Page::EnrollStatus => "/enroll/status",
            Page::EnrollAgreement => "/enroll/agreement",
            Page::Overview => "/dashboard/overview",
        }
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
}

impl Alias {
    pub const ALL: [Alias; 2] = [Alias::ResellerCnJoinNow, Alias::PcvOverview];

    pub const fn path(self) -> &'static str {
        match self {
            Alias::ResellerCnJoinNow => "/register/resellercnjoinnow",
            Alias::PcvOverview => "/pcv/dashboard/overview",
        }
    }

    pub const fn target(self) -> Page {
        match self {
            Alias::ResellerCnJoinNow => Page::Enroll,
            Alias::PcvOverview => Page::Overview,
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
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Matches `path` as the `path!` macro's static segments for `address` would.
fn test_address<'a>(address: &'static str, path: &'a str) -> Option<PartialPathMatch<'a>> {
    let mut remaining = path;
    let mut matched_len = 0;
    for segment in address.split('/').filter(|s| !s.is_empty()) {
        let m = StaticSegment(segment).test(remaining)?;
        matched_len += m.matched().len();
        remaining = m.remaining();
    }
    Some(PartialPathMatch::new(remaining, Vec::new(), &path[..matched_len]))
}

fn generate_address(address: &'static str, out: &mut Vec<PathSegment>) {
    for segment in address.split('/').filter(|s| !s.is_empty()) {
        StaticSegment(segment).generate_path(out);
    }
}

/// Both kinds of address match the same way: by their static path.
macro_rules! route_by_path {
    ($($t:ty),*) => {$(
        impl PossibleRouteMatch for $t {
            fn optional(&self) -> bool {
                false
            }
            fn test<'a>(&self, path: &'a str) -> Option<PartialPathMatch<'a>> {
                test_address(self.path(), path)
            }
            fn generate_path(&self, path: &mut Vec<PathSegment>) {
                generate_address(self.path(), path)
            }
        }
    )*};
}
route_by_path!(Page, Alias);

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
        for page in Page::ALL {
            for a in &addresses {
                assert_eq!(routes_to(&page, a), *a == page.path(), "{page:?} on {a}");
            }
            assert!(routes_to(&page, &format!("{}/", page.path().trim_end_matches('/'))), "{page:?}");
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
