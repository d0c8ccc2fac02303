//! The checks of the account pages that the shared rules do not cover, pure so they test
//! natively: the organization domain's label, the user name, the sign-in name they make, and the
//! password measured against the user name. The label, user-name and naming rules are the shared
//! work-account rules (`partner_center_rules::work_account`), which the server applies too; this
//! module puts them in terms of the app's `Cloud`, and words them as the fields' own checks
//! (`Field::with_check`), which run once the field's rule (presence, length) has passed.

use crate::form::Rule;
use crate::locale::Cloud;
use crate::validate::{Problem, account, work_account};

pub use work_account::{USER_NAME_MAX, domain_label, user_name};

/// What follows the label in a cloud's organization domains.
pub fn domain_suffix(cloud: Cloud) -> &'static str {
    work_account::domain_suffix(cloud.into())
}

/// The full organization domain for a label.
pub fn organization_domain(label: &str, cloud: Cloud) -> String {
    work_account::organization_domain(label, cloud.into())
}

/// The name the new admin signs in with: `admin@contoso.partner.onmschina.cn`.
pub fn sign_in_name(user: &str, label: &str, cloud: Cloud) -> String {
    work_account::sign_in_name(user, label, cloud.into())
}

/// A new password checked against the shared strength rules and the user name (its part before
/// `@`): the problem, if any.
pub fn new_password(password: &str, user: &str) -> Result<(), Problem> {
    account::password(password, user)
}

/// The message id for what is wrong with an organization domain's label, or None.
pub fn domain_message(label: &str) -> Option<&'static str> {
    worded(domain_label(label.trim()), "form-error-domain")
}

/// The message id for what is wrong with a user name, or None.
pub fn user_name_message(name: &str) -> Option<&'static str> {
    worded(user_name(name.trim()), "account-error-user-name")
}

/// The message id for what is wrong with a new password, measured against the user name too
/// (the server checks the same), or None.
pub fn password_message(password: &str, user: &str) -> Option<&'static str> {
    new_password(password, user.trim()).err().map(|p| Rule::NewPassword.message_id(p))
}

/// The message id for a confirmation that is not the password it confirms, or None.
pub fn confirmation_message(confirmation: &str, password: &str) -> Option<&'static str> {
    (confirmation != password).then_some("form-error-password-mismatch")
}

/// Presence and length keep the shared words; a value of the wrong shape gets words that say
/// which shape is right.
fn worded(result: Result<(), Problem>, wrong_shape: &'static str) -> Option<&'static str> {
    result.err().map(|p| match p {
        Problem::Required | Problem::TooLong => Rule::Text { max: 0 }.message_id(p),
        _ => wrong_shape,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_labels() {
        for ok in ["abc", "lanhai-data", "a1b", "0-0", &"a".repeat(27)] {
            assert_eq!(domain_label(ok), Ok(()), "{ok}");
        }
        assert_eq!(domain_label(""), Err(Problem::Required));
        assert_eq!(domain_label(&"a".repeat(28)), Err(Problem::TooLong));
        for bad in ["ab", "-abc", "abc-", "Contoso", "con.toso", "con toso", "蓝海数据", "con_toso"] {
            assert_eq!(domain_label(bad), Err(Problem::InvalidFormat), "{bad}");
        }
    }

    #[test]
    fn user_names() {
        for ok in ["admin", "lin.hai", "o'brien", "a_b-c", "A"] {
            assert_eq!(user_name(ok), Ok(()), "{ok}");
        }
        assert_eq!(user_name(""), Err(Problem::Required));
        assert_eq!(user_name(&"a".repeat(65)), Err(Problem::TooLong));
        for bad in [".admin", "admin.", "lin..hai", "lin hai", "admin@contoso", "管理员"] {
            assert_eq!(user_name(bad), Err(Problem::InvalidFormat), "{bad}");
        }
    }

    #[test]
    fn sign_in_names_in_each_cloud() {
        assert_eq!(sign_in_name("admin", "contoso", Cloud::China), "admin@contoso.partner.onmschina.cn");
        assert_eq!(sign_in_name(" admin ", "contoso", Cloud::Global), "admin@contoso.onmicrosoft.com");
        assert_eq!(organization_domain("lanhai-data", Cloud::China), "lanhai-data.partner.onmschina.cn");
    }

    #[test]
    fn passwords_must_not_contain_the_user_name() {
        assert_eq!(new_password("Cloud-Partner-2027", "admin"), Ok(()));
        assert_eq!(new_password("Admin-Partner-2027", "admin"), Err(Problem::WeakPassword));
        assert_eq!(
            new_password("Xlinhai-2027!", "linhai@lanhai-data.partner.onmschina.cn"),
            Err(Problem::WeakPassword)
        );
        assert_eq!(new_password("password", "admin"), Err(Problem::WeakPassword));
        assert_eq!(new_password("", "admin"), Err(Problem::Required));
    }

    #[test]
    fn messages_say_which_shape_is_right() {
        assert_eq!(domain_message(" lanhai-data "), None);
        assert_eq!(domain_message("Contoso"), Some("form-error-domain"));
        assert_eq!(domain_message(&"a".repeat(30)), Some("form-error-too-long"));
        assert_eq!(user_name_message("lin..hai"), Some("account-error-user-name"));
        assert_eq!(password_message("MyAdmin-2027!", " admin "), Some("form-error-weak-password"));
        assert_eq!(
            confirmation_message("Cloud-Partner-2028", "Cloud-Partner-2027"),
            Some("form-error-password-mismatch")
        );
        assert_eq!(confirmation_message("Cloud-Partner-2027", "Cloud-Partner-2027"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    /// The domain label's pattern, `^[a-z0-9][a-z0-9-]{1,25}[a-z0-9]$`, checked by characters.
    fn label_model(label: &str) -> Result<(), Problem> {
        let c: Vec<char> = label.chars().collect();
        let inner = |c: &char| c.is_ascii_lowercase() || c.is_ascii_digit();
        if c.is_empty() {
            Err(Problem::Required)
        } else if label.len() > 27 {
            Err(Problem::TooLong)
        } else if c.len() >= 3 && inner(&c[0]) && inner(&c[c.len() - 1]) && c.iter().all(|x| inner(x) || *x == '-') {
            Ok(())
        } else {
            Err(Problem::InvalidFormat)
        }
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Labels and user names of any text get the pattern's answer, never a panic.
        #[test]
        fn labels_and_user_names_follow_their_patterns(
            v in prop_oneof![any_text(), "[a-z0-9-]{0,30}", "[A-Za-z0-9_'.-]{0,70}"],
        ) {
            prop_assert_eq!(domain_label(&v), label_model(&v));
            let runs_ok = v
                .split('.')
                .all(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric() || "_'-".contains(c)));
            let want = if v.is_empty() {
                Err(Problem::Required)
            } else if v.chars().count() > USER_NAME_MAX {
                Err(Problem::TooLong)
            } else if runs_ok {
                Ok(())
            } else {
                Err(Problem::InvalidFormat)
            };
            prop_assert_eq!(user_name(&v), want);
            let _ = new_password(&v, &v);
        }
    }
}
