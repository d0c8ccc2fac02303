//! What the invitation link's answers mean to the reseller. Pure, tested natively.

use crate::api::ApiError;

/// Why an invitation link cannot be used, as the Fluent id of the page that says so; None for
/// a failure worth trying again (the network, the server).
pub fn link_problem(e: &ApiError) -> Option<&'static str> {
    let code = |c: &str| e.body().is_some_and(|b| b.code.is(c));
    match e.status()? {
        _ if code("invitation_expired") => Some("indirect-accept-expired"),
        _ if code("invitation_used") || code("already_accepted") => Some("indirect-accept-used"),
        _ if code("invitation_for_another_partner") => Some("indirect-accept-other-partner"),
        // The provider's own link, opened in its own account.
        _ if code("self_relationship") => Some("indirect-accept-self"),
        404 | 400 => Some("indirect-accept-invalid"),
        _ => None,
    }
}

/// A token from the address worth asking the server about: the contract's 1 to 200 characters,
/// no control characters. Anything else is a broken link without a request.
pub fn plausible_token(token: &str) -> bool {
    (1..=200).contains(&token.chars().count()) && !token.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, code: &str) -> ApiError {
        ApiError::from_status(status, &format!(r#"{{"code":"{code}","description":"x"}}"#), None)
    }

    #[test]
    fn each_dead_link_has_its_own_page_and_the_rest_can_be_retried() {
        assert_eq!(link_problem(&err(404, "not_found")), Some("indirect-accept-invalid"));
        assert_eq!(link_problem(&err(410, "invitation_expired")), Some("indirect-accept-expired"));
        assert_eq!(link_problem(&err(409, "already_accepted")), Some("indirect-accept-used"));
        assert_eq!(link_problem(&err(409, "invitation_used")), Some("indirect-accept-used"));
        assert_eq!(link_problem(&err(403, "invitation_for_another_partner")), Some("indirect-accept-other-partner"));
        assert_eq!(link_problem(&err(409, "self_relationship")), Some("indirect-accept-self"));
        assert_eq!(link_problem(&err(500, "internal_error")), None);
        assert_eq!(link_problem(&err(403, "forbidden")), None);
        assert_eq!(link_problem(&ApiError::Offline), None);
    }

    #[test]
    fn tokens_are_checked_for_shape_only() {
        assert!(plausible_token("demo-invite-northwind-7Qm2"));
        assert!(!plausible_token(""));
        assert!(!plausible_token(&"a".repeat(201)));
        assert!(!plausible_token("a\u{0}b"));
        assert!(plausible_token("链接"));
    }
}
