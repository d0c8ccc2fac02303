//! Collects the field problems of one request, so one answer lists them all as `FieldError`s
//! with the camelCase JSON path of each field. The rules themselves are the shared
//! `partner-center-rules` crate (the app checks the same as the partner types); this is only the
//! collector every area uses, with the English descriptions of the server's answers.

use partner_center_rules::{Problem, account, contact, phone};

use crate::error::{ApiError, FieldError};

/// Collects field errors; `finish` answers 400 `validation_failed` when there are any.
#[derive(Default)]
pub struct Fields {
    pub errors: Vec<FieldError>,
}

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    pub fn push(&mut self, field: impl Into<String>, code: &'static str, description: impl Into<String>) {
        self.errors.push(FieldError::new(field, code, description));
    }

    /// Whether a field already has a problem.
    pub fn failed(&self, field: &str) -> bool {
        self.errors.iter().any(|e| e.field == field)
    }

    /// A rule's answer: its problem, if any, under the problem's code. Returns whether it passed.
    pub fn rule<T>(&mut self, field: &str, result: Result<T, Problem>, description: &str) -> bool {
        match result {
            Ok(_) => true,
            Err(p) => {
                self.push(field, p.code(), description);
                false
            }
        }
    }

    /// Length in characters; control characters are refused (they break display and sorting).
    pub fn text(&mut self, field: &str, value: &str, min: usize, max: usize) -> bool {
        let n = value.chars().count();
        if n == 0 && min > 0 {
            self.push(field, "required", "Enter a value.");
        } else if n < min {
            self.push(field, "too_short", format!("Use at least {min} characters."));
        } else if n > max {
            self.push(field, "too_long", format!("Use at most {max} characters."));
        } else if value.chars().any(char::is_control) {
            self.push(field, "invalid_format", "Remove control characters such as line breaks and tabs.");
        } else if min > 0 && value.trim().is_empty() {
            self.push(field, "required", "Enter a value.");
        } else {
            return true;
        }
        false
    }

    /// A required text, trimmed first, of at most `max` characters.
    pub fn required(&mut self, field: &str, value: &str, max: usize) -> bool {
        self.text(field, value.trim(), 1, max)
    }

    /// An optional text: None and "" are fine.
    pub fn opt_text(&mut self, field: &str, value: Option<&str>, max: usize) -> bool {
        match value {
            Some(v) if !v.is_empty() => self.text(field, v, 0, max),
            _ => true,
        }
    }

    pub fn email(&mut self, field: &str, value: &str) -> bool {
        self.text(field, value, 1, 254)
            && self.rule(field, contact::email(value), "Enter an e-mail address like name@contoso.com.")
    }

    /// A contact telephone number (`phone::contact`).
    pub fn phone(&mut self, field: &str, value: &str) -> bool {
        self.text(field, value, 1, 30)
            && self.rule(
                field,
                phone::contact(value),
                "Enter a telephone number: digits, optionally a leading + and the country code.",
            )
    }

    pub fn opt_phone(&mut self, field: &str, value: Option<&str>) {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            self.phone(field, v);
        }
    }

    /// An http(s) web address.
    pub fn url(&mut self, field: &str, value: &str) -> bool {
        self.text(field, value, 1, 2048)
            && self.rule(
                field,
                contact::web_address(value),
                "Enter a web address that starts with https:// or http://.",
            )
    }

    /// An ISO 3166-1 alpha-2 code: `required`, else `invalid_value`.
    pub fn country(&mut self, field: &str, value: &str) -> bool {
        if value.is_empty() {
            self.push(field, "required", "Choose a country.");
            return false;
        }
        self.rule(field, account::country(value), "Use an ISO 3166 two-letter country code such as CN or US.")
    }

    /// The postal code of a country (`contact::postal_code`).
    pub fn postal_code(&mut self, field: &str, country: &str, value: &str) -> bool {
        if !self.text(field, value, 1, 20) {
            return false;
        }
        let hint = match country {
            "CN" => "Use the 6-digit postal code.",
            "US" => "Use a ZIP code like 98052 or 98052-6399.",
            _ => "This is not a postal code of the country.",
        };
        self.rule(field, contact::postal_code(country, value), hint)
    }

    pub fn finish(&mut self) -> Result<(), ApiError> {
        if self.errors.is_empty() { Ok(()) } else { Err(ApiError::validation_failed(std::mem::take(&mut self.errors))) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(f: impl FnOnce(&mut Fields) -> bool) -> Vec<String> {
        let mut r = Fields::new();
        let _ = f(&mut r);
        r.errors.iter().map(|e| e.code.to_string()).collect()
    }

    #[test]
    fn rules_answer_with_their_codes() {
        assert!(codes(|r| r.postal_code("p", "CN", "200120")).is_empty());
        assert_eq!(codes(|r| r.postal_code("p", "CN", "20012")), ["invalid_format"]);
        assert!(codes(|r| r.postal_code("p", "US", "98052-6399")).is_empty());
        assert_eq!(codes(|r| r.postal_code("p", "FR", "")), ["required"]);
        assert_eq!(codes(|r| r.country("c", "XX")), ["invalid_value"]);
        assert_eq!(codes(|r| r.country("c", "")), ["required"]);
        assert_eq!(codes(|r| r.email("e", "a b@contoso.com")), ["invalid_format"]);
        assert_eq!(codes(|r| r.phone("t", "+86 123")), ["invalid_format"]);
        assert!(codes(|r| r.phone("t", "+86 21 6188 8888")).is_empty());
        assert_eq!(codes(|r| r.url("w", "javascript:alert(1)")), ["invalid_format"]);
        assert_eq!(codes(|r| r.text("n", "a\tb", 1, 5)), ["invalid_format"]);
        assert_eq!(codes(|r| r.text("n", "abcdef", 1, 5)), ["too_long"]);
    }

    #[test]
    fn the_fuzzer_find() {
        // A 10-byte US postal code of multi-byte characters (once a panic in the postal-code rule).
        assert_eq!(codes(|r| r.postal_code("p", "US", "ú😀😀")), ["invalid_format"]);
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn country() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::sample::select(&["CN", "US", "KR", "FR", "DE", "GB", "cn", "us", ""][..])
                .prop_map(str::to_string),
            strategies::text(),
        ]
    }

    /// Every rule of the collector on one value; the answer is a pass or field errors, never a panic.
    fn every_rule(value: &str, country: &str) -> Fields {
        let mut r = Fields::new();
        r.text("text", value, 1, 50);
        r.required("required", value, 50);
        r.opt_text("optText", Some(value), 50);
        r.email("email", value);
        r.phone("phone", value);
        r.opt_phone("optPhone", Some(value));
        r.url("url", value);
        r.country("country", value);
        r.postal_code("postalCode", country, value);
        r.postal_code("countryAsPostalCode", value, country);
        r
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn any_value_passes_or_gets_field_errors(value in strategies::text(), country in country()) {
            let mut r = every_rule(&value, &country);
            let errors = r.errors.len();
            match r.finish() {
                Ok(()) => prop_assert_eq!(errors, 0),
                Err(e) => {
                    prop_assert_eq!(e.status.as_u16(), 400);
                    prop_assert_eq!(e.data.len(), errors);
                }
            }
        }

        #[test]
        fn control_characters_are_refused(before in strategies::text(), c in proptest::char::range('\0', '\u{1f}'), after in strategies::text()) {
            let value = format!("{before}{c}{after}");
            let mut r = Fields::new();
            prop_assert!(!r.text("f", &value, 0, usize::MAX));
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_values(value in strategies::long(), country in country()) {
            let r = every_rule(&value, &country);
            prop_assert!(r.failed("text") && r.failed("email") && r.failed("postalCode"));
        }
    }
}
