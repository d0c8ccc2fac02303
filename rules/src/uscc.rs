//! Unified Social Credit Code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-symbol
//! alphabet (digits and capitals without I, O, Z, S, V); the last is a check character over the
//! first 17 with weights 3^i mod 31.

use super::Problem;

const ALPHABET: &[u8; 31] = b"0123456789ABCDEFGHJKLMNPQRTUWXY";

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

/// The check character for a 17-character body, or None if the body is not 17 valid symbols.
pub fn check_char(body: &str) -> Option<char> {
    let bytes = body.as_bytes();
    if bytes.len() != 17 {
        return None;
    }
    let mut weight = 1u32;
    let mut sum = 0u32;
    for &b in bytes {
        sum += value(b)? * weight;
        weight = weight * 3 % 31;
    }
    let check = (31 - sum % 31) % 31;
    Some(ALPHABET[check as usize] as char)
}

/// Accepts lower case and surrounding spaces (people paste them); compares in upper case.
pub fn normalize(input: &str) -> String {
    input.trim().to_ascii_uppercase()
}

pub fn validate(input: &str) -> Result<(), Problem> {
    let code = normalize(input);
    if code.is_empty() {
        return Err(Problem::Required);
    }
    if code.len() != 18 || !code.is_ascii() {
        return Err(Problem::InvalidFormat);
    }
    let (body, check) = code.split_at(17);
    match check_char(body) {
        None => Err(Problem::InvalidFormat),
        Some(c) if check.starts_with(c) => Ok(()),
        Some(_) => Err(Problem::InvalidChecksum),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // Published codes of well-known companies (from their business licences).
    const REAL: [&str; 3] = ["91110000802100433B", "91440300708461136T", "91330100716105852F"];

    #[test]
    fn real_codes_pass() {
        for c in REAL {
            assert_eq!(validate(c), Ok(()), "{c}");
            assert_eq!(validate(&format!(" {} ", c.to_lowercase())), Ok(()), "{c} pasted in lower case");
        }
    }

    #[test]
    fn wrong_shapes_fail_clearly() {
        assert_eq!(validate(""), Err(Problem::Required));
        assert_eq!(validate("   "), Err(Problem::Required));
        assert_eq!(validate("91110000802100433"), Err(Problem::InvalidFormat));
        assert_eq!(validate("91110000802100433BB"), Err(Problem::InvalidFormat));
        assert_eq!(validate("9111000080210043IB"), Err(Problem::InvalidFormat), "I is not in the alphabet");
        assert_eq!(validate("９１１１００００８０２１００４３３Ｂ"), Err(Problem::InvalidFormat), "full-width digits");
        assert_eq!(validate("91110000802100433C"), Err(Problem::InvalidChecksum));
    }

    fn body() -> impl Strategy<Value = String> {
        proptest::collection::vec(0usize..31, 17).prop_map(|v| v.into_iter().map(|i| ALPHABET[i] as char).collect())
    }

    proptest! {
        #[test]
        fn every_body_with_its_check_character_passes(b in body()) {
            let code = format!("{b}{}", check_char(&b).unwrap());
            prop_assert_eq!(validate(&code), Ok(()));
        }

        /// The checksum catches every single-character substitution, in any of the 18 places.
        #[test]
        fn every_single_substitution_is_caught(b in body(), pos in 0usize..18, sym in 0usize..31) {
            let code: Vec<u8> = format!("{b}{}", check_char(&b).unwrap()).into_bytes();
            prop_assume!(code[pos] != ALPHABET[sym]);
            let mut changed = code.clone();
            changed[pos] = ALPHABET[sym];
            prop_assert_ne!(validate(std::str::from_utf8(&changed).unwrap()), Ok(()));
        }

        #[test]
        fn no_input_panics(s in "\\PC{0,40}") {
            let _ = validate(&s);
        }
    }
}
