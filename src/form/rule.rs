//! What each kind of field accepts and the message for each way it can be wrong. Pure: the
//! checks are the shared rules crate (the server runs the same ones), tested natively.

use crate::validate::{self, Problem, contact, phone, uscc};

/// The kind of a form field. Lengths are the contract's (api/openapi.yaml).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Required text of at most `max` characters.
    Text {
        max: usize,
    },
    /// Text that may be left empty.
    Optional {
        max: usize,
    },
    Email,
    /// A China mobile or landline number, `+86` optional (the telephone challenge).
    ChinaPhone,
    /// A contact's phone: China or international, 4 to 20 characters.
    Phone,
    /// A 6-digit China postal code.
    ChinaPostalCode,
    /// Unified Social Credit Code (GB 32100-2015).
    CreditCode,
    /// An `https://` web address.
    Https,
    MpnId,
    /// A 6-digit one-time code.
    Code,
    /// A new password (strength rules; `user` is not known here, the page adds that check).
    NewPassword,
    /// Any password being typed to sign in: presence and length only.
    Secret,
}

impl Rule {
    pub fn check(self, value: &str) -> Result<(), Problem> {
        let v = value.trim();
        match self {
            Rule::Text { max } => validate::text(value, max),
            Rule::Optional { max } => {
                if v.chars().count() > max {
                    Err(Problem::TooLong)
                } else {
                    Ok(())
                }
            }
            Rule::Email => {
                validate::text(value, 254)?;
                contact::email(v)
            }
            Rule::ChinaPhone => phone::china_national(v).map(|_| ()),
            Rule::Phone => {
                validate::text(value, 20)?;
                phone::contact(v).map(|_| ())
            }
            Rule::ChinaPostalCode => contact::postal_code("CN", v),
            Rule::CreditCode => uscc::validate(v),
            Rule::Https => {
                validate::text(value, 2048)?;
                contact::https_address(v)
            }
            Rule::MpnId => contact::mpn_id(v),
            Rule::Code => {
                if v.is_empty() {
                    Err(Problem::Required)
                } else if v.len() == 6 && v.bytes().all(|b| b.is_ascii_digit()) {
                    Ok(())
                } else {
                    Err(Problem::InvalidFormat)
                }
            }
            Rule::NewPassword => validate::account::password(value, ""),
            Rule::Secret => validate::secret(value, 256),
        }
    }

    /// The longest value the field takes, for the "too long" message.
    pub fn max(self) -> usize {
        match self {
            Rule::Text { max } | Rule::Optional { max } => max,
            Rule::Email => 254,
            Rule::Phone => 20,
            Rule::Https => 2048,
            Rule::NewPassword | Rule::Secret => 256,
            Rule::ChinaPhone | Rule::ChinaPostalCode | Rule::CreditCode | Rule::MpnId | Rule::Code => 0,
        }
    }

    /// The Fluent id explaining `problem` for this kind of field. Messages take `$label` and
    /// `$max`.
    pub fn message_id(self, problem: Problem) -> &'static str {
        match (self, problem) {
            (_, Problem::Required) => "form-error-required",
            (_, Problem::TooLong) => "form-error-too-long",
            (Rule::Email, _) => "form-error-email",
            (Rule::ChinaPhone, _) => "form-error-china-phone",
            (Rule::Phone, _) => "form-error-phone",
            (Rule::ChinaPostalCode, _) => "form-error-postal-code",
            (Rule::CreditCode, Problem::InvalidChecksum) => "form-error-credit-code-checksum",
            (Rule::CreditCode, _) => "form-error-credit-code",
            (Rule::Https, _) => "form-error-https",
            (Rule::MpnId, _) => "form-error-mpn-id",
            (Rule::Code, _) => "form-error-code",
            (Rule::NewPassword, _) => "form-error-weak-password",
            _ => "form-error-invalid",
        }
    }
}

/// The message for an error code the server put on a field (`data[].code`): the shared
/// problems map through the field's rule, the rest have their own messages.
pub fn server_message_id(rule: Rule, code: &str) -> &'static str {
    if let Some(p) = Problem::from_code(code) {
        return rule.message_id(p);
    }
    match code {
        "invalid_china_phone" => "form-error-china-phone",
        "mpn_not_found" | "800015" => "form-error-mpn-not-found",
        "domain_taken" => "form-error-domain-taken",
        "invalid_code" => "form-error-code-wrong",
        "code_expired" => "form-error-code-expired",
        "too_many_attempts" => "form-error-code-attempts",
        "personal_email" => "form-warning-personal-email",
        "not_verified" => "form-error-phone-not-verified",
        _ => "form-error-invalid",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_accepts_good_values_and_names_the_problem_with_bad_ones() {
        let ok = [
            (Rule::Text { max: 5 }, "上海"),
            (Rule::Optional { max: 5 }, ""),
            (Rule::Email, "lin.hai@lanhai-data.cn"),
            (Rule::ChinaPhone, "+86 138 1234 5678"),
            (Rule::ChinaPhone, "021-6888 1234"),
            (Rule::Phone, "400-800-1234"),
            (Rule::ChinaPostalCode, "200120"),
            (Rule::CreditCode, "91350100M000100Y43"),
            (Rule::Https, "https://www.lanhai-data.cn"),
            (Rule::MpnId, "6129485"),
            (Rule::Code, " 493817 "),
            (Rule::NewPassword, "Cloud-Partner-2027"),
        ];
        for (rule, v) in ok {
            assert_eq!(rule.check(v), Ok(()), "{rule:?} {v:?}");
        }
        let bad = [
            (Rule::Text { max: 5 }, "  ", "form-error-required"),
            (Rule::Text { max: 5 }, "上海市浦东新区", "form-error-too-long"),
            (Rule::Email, "lin.hai@", "form-error-email"),
            (Rule::ChinaPhone, "+1 425 555 0100", "form-error-china-phone"),
            (Rule::ChinaPhone, "1381234567", "form-error-china-phone"),
            (Rule::ChinaPostalCode, "20012", "form-error-postal-code"),
            (Rule::CreditCode, "91350100M000100Y44", "form-error-credit-code-checksum"),
            (Rule::CreditCode, "9135", "form-error-credit-code"),
            (Rule::Https, "http://www.lanhai-data.cn", "form-error-https"),
            (Rule::MpnId, "61a9485", "form-error-mpn-id"),
            (Rule::Code, "12345", "form-error-code"),
            (Rule::NewPassword, "password", "form-error-weak-password"),
        ];
        for (rule, v, id) in bad {
            let p = rule.check(v).expect_err(v);
            assert_eq!(rule.message_id(p), id, "{rule:?} {v:?}");
        }
    }

    #[test]
    fn server_codes_land_on_the_same_messages() {
        assert_eq!(server_message_id(Rule::CreditCode, "invalid_checksum"), "form-error-credit-code-checksum");
        assert_eq!(server_message_id(Rule::MpnId, "mpn_not_found"), "form-error-mpn-not-found");
        assert_eq!(server_message_id(Rule::Text { max: 50 }, "required"), "form-error-required");
        assert_eq!(server_message_id(Rule::Email, "something_new"), "form-error-invalid");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    const RULES: [Rule; 13] = [
        Rule::Text { max: 0 },
        Rule::Text { max: 50 },
        Rule::Optional { max: 200 },
        Rule::Email,
        Rule::ChinaPhone,
        Rule::Phone,
        Rule::ChinaPostalCode,
        Rule::CreditCode,
        Rule::Https,
        Rule::MpnId,
        Rule::Code,
        Rule::NewPassword,
        Rule::Secret,
    ];

    proptest! {
        #![proptest_config(config(256))]

        /// Every field rule judges anything typed, restored or pasted without a panic, and
        /// names its problem with a message of ours.
        #[test]
        fn every_rule_takes_any_text(v in any_text(), code in any_text()) {
            for rule in RULES {
                if let Err(p) = rule.check(&v) {
                    prop_assert!(rule.message_id(p).starts_with("form-"));
                }
                prop_assert!(server_message_id(rule, &code).starts_with("form-"));
            }
        }

        /// The one-time code: exactly six ASCII digits once trimmed (not other scripts' digits).
        #[test]
        fn codes_are_six_ascii_digits(v in prop_oneof![any_text(), "[0-9]{6}", " ?[0-9０-９]{5,7} ?"]) {
            let t = v.trim();
            let want = if t.is_empty() {
                Err(Problem::Required)
            } else if t.chars().count() == 6 && t.chars().all(|c| c.is_ascii_digit()) {
                Ok(())
            } else {
                Err(Problem::InvalidFormat)
            };
            prop_assert_eq!(Rule::Code.check(&v), want);
        }
    }
}
