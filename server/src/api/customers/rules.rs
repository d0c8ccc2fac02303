//! Rules of the commerce area: cultures and query encoding. A customer's address is
//! `api::address::CommerceAddress`; the field rules themselves are the shared
//! `partner-center-rules` crate.

use crate::settings::Cloud;

pub const CHINA_CULTURES: &[&str] = &["zh-CN", "en-US"];
pub const GLOBAL_CULTURES: &[&str] = &[
    "en-US", "en-GB", "en-AU", "en-CA", "fr-FR", "fr-CA", "de-DE", "es-ES", "it-IT", "ja-JP", "ko-KR", "zh-TW",
    "zh-CN", "pt-BR", "nl-NL",
];

pub fn cultures(cloud: Cloud) -> &'static [&'static str] {
    match cloud {
        Cloud::China => CHINA_CULTURES,
        Cloud::Global => GLOBAL_CULTURES,
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters stay).
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::api::address::CommerceAddress as Address;
    use crate::api::fields::Fields;

    #[test]
    fn percent_encoding() {
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }

    use crate::strategies;
    use proptest::prelude::*;

    fn percent_decode(s: &str) -> Option<String> {
        let mut bytes = Vec::new();
        let mut rest = s.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            if b == b'%' {
                let hex = std::str::from_utf8(tail.get(..2)?).ok()?;
                bytes.push(u8::from_str_radix(hex, 16).ok()?);
                rest = &tail[2..];
            } else {
                bytes.push(b);
                rest = tail;
            }
        }
        String::from_utf8(bytes).ok()
    }

    /// An address with every field from `v` (10 values).
    pub fn address(v: &[String]) -> Address {
        Address {
            country: v[0].clone(),
            region: Some(v[1].clone()),
            city: v[2].clone(),
            state: Some(v[3].clone()),
            address_line1: v[4].clone(),
            address_line2: Some(v[5].clone()),
            postal_code: v[6].clone(),
            first_name: v[7].clone(),
            last_name: v[8].clone(),
            phone_number: v[9].clone(),
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::CASES))]

        #[test]
        fn percent_encoding_round_trips(s in strategies::text()) {
            let encoded = percent_encode(&s);
            prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)));
            prop_assert_eq!(percent_decode(&encoded), Some(s));
        }

        #[test]
        fn any_address_is_checked(
            v in proptest::collection::vec(strategies::text(), 10),
            country in proptest::sample::select(&["CN", "US", "GB", " us "][..]),
        ) {
            for cloud in [Cloud::China, Cloud::Global] {
                let mut c = Fields::new();
                address(&v).normalized().check("a", cloud, &mut c);
                // The same with a valid country, so the country's own postal-code rule runs.
                let mut valid = address(&v);
                valid.country = country.to_string();
                valid.normalized().check("a", cloud, &mut c);
                prop_assert!(c.errors.iter().all(|e| e.field.starts_with("a.")));
            }
        }
    }

    proptest! {
        #![proptest_config(strategies::config(strategies::LONG_CASES))]

        #[test]
        fn long_addresses(s in strategies::long()) {
            let mut v = vec![s.clone(); 10];
            v[0] = "US".to_string();
            let mut c = Fields::new();
            address(&v).normalized().check("a", Cloud::Global, &mut c);
            prop_assert!(c.failed("a.postalCode") && c.failed("a.city"));
            prop_assert_eq!(percent_decode(&percent_encode(&s)), Some(s));
        }
    }
}
