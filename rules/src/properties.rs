//! Property tests over every public rule: no input panics (these rules run in the wasm, where a
//! panic aborts the app, and in the server, where it costs a 500), and where a rule has a
//! reference behaviour the answer is checked against a second, deliberately naive, model.
//!
//! The inputs are hostile on purpose: NUL, control characters, combining marks, right-to-left
//! overrides, 4-byte characters, every length from 0 to 12, and strings of 10,000+ characters.
//! The seed is fixed, so the same commit runs the same cases on every machine.

use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

use crate::{Problem, Role, account, contact, name, phone, secret, text, uscc, work_account};

/// Fixed seed and no failure files: `cargo test` gives the same answer on every run.
fn config(cases: u32) -> Config {
    Config { cases, rng_seed: RngSeed::Fixed(0x5EED_2026), failure_persistence: None, ..Config::default() }
}

/// Characters that broke parsers somewhere: NUL, BEL, a combining acute, a 4-byte emoji, CJK,
/// a 2-byte Latin letter, an RTL override, full-width digits, and the ASCII the rules look for.
const PALETTE: &[char] = &[
    '\0', '\u{7}', '\u{301}', '😀', '中', 'é', '\u{202E}', '９', 'a', 'Z', '0', '9', '-', '+', '@', '.', ' ', ':', '/',
    '\t', '\n',
];

/// Every length from 0 to 12 over the palette, arbitrary Unicode, and very long strings.
pub fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(proptest::sample::select(PALETTE), 0..=12)
            .prop_map(|v| v.into_iter().collect::<String>()),
        3 => any::<String>(),
        1 => (10_000usize..12_000, proptest::sample::select(PALETTE), any::<char>())
            .prop_map(|(n, a, b)| std::iter::repeat_n([a, b], n / 2).flatten().collect::<String>()),
    ]
}

/// The naive model of a postal code: chars, not bytes.
fn postal_model(country: &str, v: &str) -> Result<(), Problem> {
    let v: Vec<char> = v.trim().chars().collect();
    if v.is_empty() {
        return Err(Problem::Required);
    }
    let all_digits = |s: &[char]| s.iter().all(char::is_ascii_digit);
    let ok = match country.to_ascii_uppercase().as_str() {
        "CN" => v.len() == 6 && all_digits(&v),
        "US" => {
            (v.len() == 5 && all_digits(&v))
                || (v.len() == 10 && all_digits(&v[..5]) && v[5] == '-' && all_digits(&v[6..]))
        }
        "KR" | "FR" | "DE" => v.len() == 5 && all_digits(&v),
        _ => (2..=10).contains(&v.len()) && v.iter().all(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-'),
    };
    if ok { Ok(()) } else { Err(Problem::InvalidFormat) }
}

fn country_code() -> impl Strategy<Value = String> {
    prop_oneof!["US", "CN", "KR", "FR", "DE", "GB", "us", "cn", hostile()]
}

proptest! {
    #![proptest_config(config(512))]

    /// The fuzzer's find: a 10-byte US postal code with multi-byte characters panicked.
    #[test]
    fn postal_codes_follow_the_model(country in country_code(), v in hostile()) {
        prop_assert_eq!(contact::postal_code(&country, &v), postal_model(&country, &v));
    }

    #[test]
    fn real_postal_codes_pass(zip in "[0-9]{5}", plus4 in proptest::option::of("[0-9]{4}"), cn in "[0-9]{6}") {
        let us = match plus4 { Some(p) => format!("{zip}-{p}"), None => zip.clone() };
        prop_assert_eq!(contact::postal_code("US", &format!(" {us} ")), Ok(()));
        prop_assert_eq!(contact::postal_code("CN", &cn), Ok(()));
        prop_assert_eq!(contact::postal_code("FR", &zip), Ok(()));
        prop_assert_eq!(contact::postal_code("CN", &zip), Err(Problem::InvalidFormat));
    }

    #[test]
    fn text_counts_characters_after_trimming(v in hostile(), max in 0usize..20_000) {
        let t = v.trim();
        let want = if t.is_empty() { Err(Problem::Required) } else if t.chars().count() > max { Err(Problem::TooLong) } else { Ok(()) };
        prop_assert_eq!(text(&v, max), want);
    }

    #[test]
    fn secrets_count_every_character(v in hostile(), max in 0usize..20_000) {
        let want = if v.is_empty() { Err(Problem::Required) } else if v.chars().count() > max { Err(Problem::TooLong) } else { Ok(()) };
        prop_assert_eq!(secret(&v, max), want);
    }

    #[test]
    fn mpn_ids_are_5_to_10_ascii_digits(v in prop_oneof![hostile(), "[0-9]{3,12}"]) {
        let t = v.trim();
        let want = if t.is_empty() {
            Err(Problem::Required)
        } else if (5..=10).contains(&t.chars().count()) && t.chars().all(|c| c.is_ascii_digit()) {
            Ok(())
        } else {
            Err(Problem::InvalidFormat)
        };
        prop_assert_eq!(contact::mpn_id(&v), want);
    }

    /// An accepted address is ASCII with one `@` and a dotted, hyphen-safe domain; generated
    /// valid addresses are accepted.
    #[test]
    fn emails(v in hostile(), local in "[a-z0-9.+_-]{1,20}", labels in proptest::collection::vec("[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?", 1..4)) {
        if contact::email(&v).is_ok() {
            let t = v.trim();
            prop_assert!(t.is_ascii() && t.matches('@').count() == 1 && t.len() <= 254, "{t:?}");
        }
        let _ = contact::is_personal_email(&v);
        let good = format!("{local}@{}", labels.join("."));
        prop_assert_eq!(contact::email(&good), Ok(()), "{}", good);
    }

    #[test]
    fn web_addresses(v in hostile(), host in "[a-z0-9]{1,10}\\.[a-z]{2,5}", path in "(/[a-z0-9]{0,8}){0,3}") {
        for ok in [contact::web_address(&v), contact::https_address(&v)] {
            if ok.is_ok() {
                let t = v.trim();
                prop_assert!(t.starts_with("http://") || t.starts_with("https://"));
                prop_assert!(!t.chars().any(|c| c.is_whitespace() || c.is_control()));
            }
        }
        prop_assert_eq!(contact::web_address(&format!("http://{host}{path}")), Ok(()));
        prop_assert_eq!(contact::https_address(&format!("https://{host}{path}")), Ok(()));
        prop_assert_eq!(contact::https_address(&format!("http://{host}{path}")), Err(Problem::InvalidFormat));
    }

    #[test]
    fn countries_are_the_listed_codes(v in prop_oneof![hostile(), "[A-Z]{2}"]) {
        if account::country(&v).is_ok() {
            prop_assert!(v.len() == 2 && v.bytes().all(|b| b.is_ascii_uppercase()));
        }
    }

    #[test]
    fn passwords(p in hostile(), u in hostile()) {
        if account::password(&p, &u).is_ok() {
            prop_assert!((8..=256).contains(&p.chars().count()));
        }
    }

    /// The phone rules return the compact form: ASCII digits and at most a leading `+`.
    #[test]
    fn phone_numbers(v in prop_oneof![hostile(), "[+0-9 ().-]{0,24}"]) {
        for n in [phone::china_national(&v), phone::contact(&v), phone::e164(&v)].into_iter().flatten() {
            prop_assert!(n.bytes().enumerate().all(|(i, b)| b.is_ascii_digit() || (i == 0 && b == b'+')), "{n:?}");
        }
    }

    #[test]
    fn usccs(v in hostile()) {
        let r = uscc::validate(&v);
        if r.is_ok() {
            prop_assert_eq!(uscc::normalize(&v).len(), 18);
        }
        let _ = uscc::check_char(&v);
        let _ = uscc::normalize(&v);
    }

    #[test]
    fn problem_codes(v in hostile()) {
        if let Some(p) = Problem::from_code(&v) {
            prop_assert_eq!(p.code(), v.as_str());
        }
    }

    /// Labels and user names get their pattern's answer, checked by characters.
    #[test]
    fn work_account_names_follow_their_patterns(v in prop_oneof![hostile(), "[a-z0-9-]{0,30}", "[A-Za-z0-9_'.-]{0,70}"]) {
        let c: Vec<char> = v.chars().collect();
        let inner = |c: &char| c.is_ascii_lowercase() || c.is_ascii_digit();
        let label = if c.is_empty() {
            Err(Problem::Required)
        } else if v.len() > 27 {
            Err(Problem::TooLong)
        } else if c.len() >= 3 && inner(&c[0]) && inner(&c[c.len() - 1]) && c.iter().all(|x| inner(x) || *x == '-') {
            Ok(())
        } else {
            Err(Problem::InvalidFormat)
        };
        prop_assert_eq!(work_account::domain_label(&v), label);
        let runs_ok = v.split('.').all(|r| !r.is_empty() && r.chars().all(|c| c.is_ascii_alphanumeric() || "_'-".contains(c)));
        let user = if v.is_empty() {
            Err(Problem::Required)
        } else if c.len() > work_account::USER_NAME_MAX {
            Err(Problem::TooLong)
        } else if runs_ok {
            Ok(())
        } else {
            Err(Problem::InvalidFormat)
        };
        prop_assert_eq!(work_account::user_name(&v), user);
        for cloud in [work_account::Cloud::China, work_account::Cloud::Global] {
            let upn = work_account::sign_in_name(&v, &v, cloud);
            prop_assert!(upn.ends_with(work_account::domain_suffix(cloud)));
            let domain = work_account::organization_domain(&v, cloud);
            prop_assert_eq!(work_account::label_of(&domain, cloud), Some(v.trim()));
        }
    }

    /// Names in any script: both parts are kept, trimmed, in one of the two orders.
    #[test]
    fn full_names_keep_both_parts(first in hostile(), last in hostile()) {
        let got = name::full_name(&first, &last);
        let (f, l) = (first.trim(), last.trim());
        let family_first = format!("{l}{f}");
        let given_first = [f, l].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
        prop_assert!(got == family_first || got == given_first, "{:?}", got);
        let (f2, l2) = name::split_full_name(&got);
        prop_assert!(f2.chars().count() + l2.chars().count() <= got.chars().count());
    }

    /// Only the six contract values are roles; everything else reads as Other.
    #[test]
    fn roles_from_any_text(v in prop_oneof![hostile(), "[a-z_]{5,22}"]) {
        match Role::parse(&v) {
            Some(r) => prop_assert_eq!(r.as_str(), v.as_str()),
            None => prop_assert_eq!(Role::from_wire(&v), Role::Other),
        }
    }
}

/// The contract (api/openapi.json) states the e-mail rule as a pattern so that a third-party
/// backend and generated test cases know it; it must accept exactly what `contact::email`
/// accepts (for values without surrounding spaces, which the rule trims and a pattern cannot).
mod contract {
    use super::*;

    fn patterns(name: &str) -> Vec<String> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../api/openapi.json");
        let doc: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let mut found = Vec::new();
        fn walk(v: &serde_json::Value, name: &str, key: &str, found: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    if key.to_ascii_lowercase().ends_with(name)
                        && m.get("type").is_some_and(|t| t == "string")
                        && let Some(p) = m.get("pattern").and_then(|p| p.as_str())
                    {
                        found.push(p.to_string());
                    }
                    for (k, v) in m {
                        walk(v, name, k, found);
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| walk(v, name, key, found)),
                _ => {}
            }
        }
        walk(&doc, name, "", &mut found);
        found.sort();
        found.dedup();
        found
    }

    fn emailish() -> impl Strategy<Value = String> {
        prop_oneof![
            hostile(),
            "[a-z0-9.+_-]{0,12}@[a-z0-9-]{0,12}(\\.[a-z0-9-]{0,12}){0,3}",
            "[a-z]{1,5}@[a-z0-9]{1,63}\\.[a-z0-9]{1,70}",
            "[!#$%&'*+/=?^_`{|}~.a-z]{1,8}@[A-Z0-9][A-Z0-9.-]{0,10}",
        ]
    }

    #[test]
    fn every_email_field_in_the_contract_has_a_pattern() {
        // userName fields are sign-in names, checked by their own rules.
        let found = patterns("email");
        assert!(!found.is_empty(), "no e-mail pattern found in the contract");
    }

    proptest! {
        #![proptest_config(config(1024))]

        #[test]
        fn email_patterns_agree_with_the_rule(v in emailish()) {
            static EMAIL: std::sync::OnceLock<Vec<regex::Regex>> = std::sync::OnceLock::new();
            let res = EMAIL.get_or_init(|| patterns("email").iter().map(|p| regex::Regex::new(p).unwrap()).collect());
            let v = v.trim();
            for re in res {
                let by_contract = re.is_match(v) && v.chars().count() <= 254;
                prop_assert_eq!(by_contract, contact::email(v).is_ok(), "{:?} with {}", v, re.as_str());
            }
        }
    }
}
