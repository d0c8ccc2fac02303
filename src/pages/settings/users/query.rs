//! The user list's search and role filter, and the address that keeps them
//! (`/account-settings/users?q=..&role=..`, so a reload or a shared link shows the same list).
//! Also the sign-in name's domain check. Pure, tested natively.

use partner_center_rules::Role;

use crate::model::users::PartnerUser;
use crate::routes::query_value;

/// What the list shows: users whose name or e-mail contains `q`, holding `role` (None: all).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListQuery {
    pub q: String,
    pub role: Option<Role>,
}

/// The longest search kept: enough for any name or e-mail, and a hostile address cannot make
/// every keystroke compare megabytes.
const MAX_Q: usize = 200;

impl ListQuery {
    /// From the address's `q` and `role` (as the router decoded them); a role that is not one of
    /// the six is ignored (all users), as the server would refuse it.
    pub fn from_params(q: Option<&str>, role: Option<&str>) -> ListQuery {
        let q: String = q.unwrap_or_default().chars().filter(|c| !c.is_control()).take(MAX_Q).collect();
        ListQuery { q: q.trim().to_string(), role: role.and_then(|r| Role::parse(r.trim())) }
    }

    /// The address's query string ("" when nothing is searched or filtered), `?` included.
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        let q = self.q.trim();
        if !q.is_empty() {
            parts.push(format!("q={}", query_value(q)));
        }
        if let Some(r) = self.role {
            parts.push(format!("role={}", r.as_str()));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// Whether `user` is in the list: the search matches the display name or the sign-in name,
    /// ignoring case and runs of spaces. The role filter is the server's (`role=`).
    pub fn matches(&self, user: &PartnerUser) -> bool {
        let q = fold(&self.q);
        q.is_empty() || fold(&user.display_name).contains(&q) || fold(&user.user_principal_name).contains(&q)
    }
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The partner's domain: what follows the `@` of the signed-in user's sign-in name.
pub fn domain_of(upn: &str) -> Option<&str> {
    upn.rsplit_once('@').map(|(_, d)| d.trim()).filter(|d| !d.is_empty())
}

/// Whether `email` is in `domain` (case-insensitive, as the server compares).
pub fn in_domain(email: &str, domain: &str) -> bool {
    domain_of(email.trim()).is_some_and(|d| d.eq_ignore_ascii_case(domain))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Attributes;

    fn user(name: &str, upn: &str) -> PartnerUser {
        PartnerUser {
            id: "u".into(),
            display_name: name.into(),
            user_principal_name: upn.into(),
            first_name: None,
            last_name: None,
            roles: vec![],
            created_at: String::new(),
            attributes: Attributes::default(),
        }
    }

    #[test]
    fn search_matches_name_or_email_ignoring_case_and_spacing() {
        let u = user("Chloé  Lambert", "chloe.lambert@fabrikam.onmicrosoft.com");
        let q = |s: &str| ListQuery { q: s.into(), role: None };
        assert!(q("chloé lambert").matches(&u));
        assert!(q("LAMBERT@fab").matches(&u));
        assert!(q("").matches(&u));
        assert!(!q("noah").matches(&u));
        assert!(q("林").matches(&user("林芳", "lin.fang@fabrikam-sh.partner.onmschina.cn")));
    }

    #[test]
    fn the_address_keeps_search_and_role() {
        let lq = ListQuery { q: "林 芳&x".into(), role: Some(Role::SalesAgent) };
        assert_eq!(lq.to_search(), "?q=%E6%9E%97%20%E8%8A%B3%26x&role=sales_agent");
        assert_eq!(ListQuery::default().to_search(), "");
        assert_eq!(
            ListQuery::from_params(Some(" a "), Some("billing_admin")),
            ListQuery { q: "a".into(), role: Some(Role::BillingAdmin) }
        );
        assert_eq!(ListQuery::from_params(None, Some("boss")).role, None);
    }

    #[test]
    fn the_domain_is_the_partners() {
        assert_eq!(domain_of("admin@fabrikam.onmicrosoft.com"), Some("fabrikam.onmicrosoft.com"));
        assert!(in_domain(" Lin@Fabrikam.OnMicrosoft.com ", "fabrikam.onmicrosoft.com"));
        assert!(!in_domain("lin@contoso.com", "fabrikam.onmicrosoft.com"));
        assert!(!in_domain("lin@sub.fabrikam.onmicrosoft.com", "fabrikam.onmicrosoft.com"));
        assert_eq!(domain_of("nobody"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    fn decode(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever the address holds: a bounded search without control characters and a role
        /// of the six or none; written back and read again, the same query.
        #[test]
        fn any_address_reads_and_round_trips(q in proptest::option::of(any_text()), role in proptest::option::of(any_text())) {
            let lq = ListQuery::from_params(q.as_deref(), role.as_deref());
            prop_assert!(lq.q.chars().count() <= MAX_Q);
            prop_assert!(!lq.q.chars().any(char::is_control));
            let search = lq.to_search();
            prop_assert!(search.is_ascii());
            let mut q2 = None;
            let mut r2 = None;
            for part in search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
                let (k, v) = part.split_once('=').unwrap();
                match k { "q" => q2 = Some(decode(v)), "role" => r2 = Some(decode(v)), _ => prop_assert!(false) }
            }
            prop_assert_eq!(ListQuery::from_params(q2.as_deref(), r2.as_deref()), lq);
        }

        /// Any search against any user: an answer, never a panic; a user always matches their
        /// own sign-in name.
        #[test]
        fn any_search_is_survivable(q in any_text(), name in any_text(), upn in any_text()) {
            let u = PartnerUser {
                id: "u".into(), display_name: name, user_principal_name: upn.clone(), first_name: None,
                last_name: None, roles: vec![], created_at: String::new(), attributes: Default::default(),
            };
            let _ = ListQuery { q, role: None }.matches(&u);
            prop_assert!(ListQuery::from_params(Some(&upn), None).matches(&u) || upn.chars().any(char::is_control) || upn.chars().count() > MAX_Q);
            let _ = in_domain(&upn, "fabrikam.onmicrosoft.com");
        }
    }
}
