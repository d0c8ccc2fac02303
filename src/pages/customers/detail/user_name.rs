//! The user name of a customer's new user: `name@<the customer's domain>`, the name 1 to 64
//! letters, digits, dots, hyphens or underscores (the contract's `userPrincipalName` pattern
//! and the server's check). The partner types the name; the domain is the customer's. Pure.

use crate::validate::Problem;

/// Longest name before the `@`.
pub const NAME_MAX: usize = 64;

/// Whether `name` (trimmed) may be the part before the `@`.
pub fn name(name: &str) -> Result<(), Problem> {
    let n = name.trim();
    if n.is_empty() {
        Err(Problem::Required)
    } else if n.chars().count() > NAME_MAX {
        Err(Problem::TooLong)
    } else if n.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-')) {
        Ok(())
    } else {
        Err(Problem::InvalidFormat)
    }
}

/// The full user name sent: the typed name, trimmed, at the customer's domain.
pub fn principal_name(name: &str, domain: &str) -> String {
    format!("{}@{}", name.trim(), domain.trim())
}

/// The Fluent id for a problem with the name.
pub fn message_id(problem: Problem) -> &'static str {
    match problem {
        Problem::Required => "form-error-required",
        Problem::TooLong => "form-error-too-long",
        _ => "customer-user-error-name",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_letters_digits_dots_hyphens_and_underscores() {
        for ok in ["grace.taylor", "ravi_patel-2", "a", &"x".repeat(64), " mei.chen "] {
            assert_eq!(name(ok), Ok(()), "{ok}");
        }
        assert_eq!(name(""), Err(Problem::Required));
        assert_eq!(name(&"x".repeat(65)), Err(Problem::TooLong));
        for bad in ["grace taylor", "grace@taylor", "格蕾丝", "o'neil", "a+b"] {
            assert_eq!(name(bad), Err(Problem::InvalidFormat), "{bad}");
        }
        assert_eq!(
            principal_name(" grace.taylor ", "adventureworks1092.onmicrosoft.com"),
            "grace.taylor@adventureworks1092.onmicrosoft.com"
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

        /// Whatever is typed, the rule answers without a panic, and a name it accepts makes a
        /// user name the contract's pattern accepts (`^[A-Za-z0-9._-]{1,64}@<domain>$`).
        #[test]
        fn an_accepted_name_makes_a_valid_user_name(typed in prop_oneof![any_text(), "[A-Za-z0-9._ -]{0,70}"]) {
            let verdict = name(&typed);
            let upn = principal_name(&typed, "contoso1092.onmicrosoft.com");
            let (local, domain) = upn.rsplit_once('@').unwrap();
            let shaped = (1..=NAME_MAX).contains(&local.len())
                && local.bytes().all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
            prop_assert_eq!(verdict.is_ok(), shaped);
            prop_assert_eq!(domain, "contoso1092.onmicrosoft.com");
            if let Err(p) = verdict {
                prop_assert!(message_id(p).starts_with("form-") || message_id(p).starts_with("customer-"));
            }
        }
    }
}
