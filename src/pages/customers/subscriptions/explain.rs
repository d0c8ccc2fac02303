//! The server's refusals these pages explain in their own words (pure); anything else gets the
//! app's general message for its kind (`ApiError::message_id`).

use crate::api::ApiError;

/// The page's message for `e`, or None for the general one.
pub fn message_id(e: &ApiError) -> Option<&'static str> {
    let code = |c: &str| e.body().is_some_and(|b| b.code.is(c));
    Some(match e.status()? {
        404 => "subscription-error-gone",
        412 => "subscription-error-changed",
        409 if code("subscription_suspended") => "subscription-error-suspended",
        409 if code("subscription_deleted") => "subscription-error-deleted",
        409 if code("prerequisite_missing") => "subscription-error-prerequisite",
        409 if code("request_id_conflict") => "subscription-error-request-conflict",
        409 if code("upgrade_not_eligible") || code("not_eligible") => "subscription-error-upgrade-not-eligible",
        409 if code("target_already_owned") || code("already_has_target") => "subscription-error-upgrade-owned",
        409 => "subscription-error-conflict",
        403 => "subscription-error-forbidden",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, code: &str) -> ApiError {
        ApiError::from_status(status, &format!(r#"{{"code":"{code}","description":"x"}}"#), None)
    }

    #[test]
    fn names_the_refusals_of_a_subscription() {
        assert_eq!(message_id(&err(404, "not_found")), Some("subscription-error-gone"));
        assert_eq!(message_id(&err(412, "precondition_failed")), Some("subscription-error-changed"));
        assert_eq!(message_id(&err(409, "subscription_suspended")), Some("subscription-error-suspended"));
        assert_eq!(message_id(&err(409, "subscription_deleted")), Some("subscription-error-deleted"));
        assert_eq!(message_id(&err(409, "prerequisite_missing")), Some("subscription-error-prerequisite"));
        assert_eq!(message_id(&err(409, "something_new")), Some("subscription-error-conflict"));
        assert_eq!(message_id(&err(403, "forbidden")), Some("subscription-error-forbidden"));
    }

    #[test]
    fn leaves_the_rest_to_the_general_messages() {
        assert_eq!(message_id(&err(500, "internal")), None);
        assert_eq!(message_id(&err(429, "throttled")), None);
        assert_eq!(message_id(&ApiError::Timeout), None);
        assert_eq!(message_id(&ApiError::Offline), None);
        assert_eq!(message_id(&ApiError::Undecodable { status: 200 }), None);
    }
}
