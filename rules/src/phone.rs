//! Telephone numbers: China (mobile and landline, +86 optional) and E.164 elsewhere.
//! Hand-written: the `phonenumber` crate would add 1.7 MB to the wasm (TOOLCHAIN.md).

use super::Problem;

/// Digits only, with a leading `+` kept; spaces, hyphens, dots and brackets dropped.
fn compact(input: &str) -> Option<String> {
    let t = input.trim();
    let mut out = String::with_capacity(t.len());
    for (i, c) in t.chars().enumerate() {
        match c {
            '0'..='9' => out.push(c),
            '+' if i == 0 => out.push(c),
            ' ' | '-' | '.' | '(' | ')' => {}
            _ => return None,
        }
    }
    Some(out)
}

/// The national number of a China telephone number, without +86: `13812345678` or `02112345678`.
pub fn china_national(input: &str) -> Result<String, Problem> {
    if input.trim().is_empty() {
        return Err(Problem::Required);
    }
    let c = compact(input).ok_or(Problem::InvalidFormat)?;
    let prefixed = c.strip_prefix("+86").or_else(|| c.strip_prefix("0086"));
    let mut national = prefixed.unwrap_or(&c).to_string();
    // Written internationally a landline drops its trunk 0 (+86 10 1234 5678): put it back.
    let area_first = national.starts_with("10") || national.starts_with(|c: char| ('2'..='9').contains(&c));
    if prefixed.is_some() && area_first {
        national.insert(0, '0');
    }
    let d = national.as_bytes();
    // 0 + a 2- or 3-digit area code + a 7- or 8-digit subscriber number: 10 to 12 digits.
    let landline = (10..=12).contains(&d.len()) && d[0] == b'0' && d[1] != b'0';
    if is_mobile(d) || landline { Ok(national) } else { Err(Problem::InvalidFormat) }
}

fn is_mobile(d: &[u8]) -> bool {
    d.len() == 11 && d[0] == b'1' && (b'3'..=b'9').contains(&d[1])
}

/// A contact telephone number in any country: digits with spaces, hyphens, dots or brackets and
/// an optional leading `+`, 5 to 15 digits (E.164's most). With a `+` it must be E.164, and with
/// +86 / 0086 a China number. Returns the compact form (digits, the `+` kept).
pub fn contact(input: &str) -> Result<String, Problem> {
    if input.trim().is_empty() {
        return Err(Problem::Required);
    }
    let c = compact(input).ok_or(Problem::InvalidFormat)?;
    if c.starts_with("+86") || c.starts_with("0086") {
        china_national(&c)?;
    } else if c.starts_with('+') {
        e164(&c)?;
    }
    let digits = c.bytes().filter(u8::is_ascii_digit).count();
    if (5..=15).contains(&digits) { Ok(c) } else { Err(Problem::InvalidFormat) }
}

/// E.164: `+`, a country code not starting with 0, 7 to 15 digits in all.
pub fn e164(input: &str) -> Result<String, Problem> {
    if input.trim().is_empty() {
        return Err(Problem::Required);
    }
    let c = compact(input).ok_or(Problem::InvalidFormat)?;
    let digits = c.strip_prefix('+').ok_or(Problem::InvalidFormat)?;
    if (7..=15).contains(&digits.len()) && !digits.starts_with('0') { Ok(c) } else { Err(Problem::InvalidFormat) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn china_mobile_and_landline() {
        for ok in [
            "13812345678",
            "+86 138 1234 5678",
            "0086-138-1234-5678",
            "021-6888-8888",
            "(0755) 8888 8888",
            "010 1234 5678",
            "0571-8765432",
        ] {
            assert!(china_national(ok).is_ok(), "{ok}");
        }
        assert_eq!(china_national("+86 138 1234 5678").unwrap(), "13812345678");
        // International landlines drop the trunk 0; with or without it the national number is the same.
        assert_eq!(china_national("+86 10 1234 5678").unwrap(), "01012345678");
        assert_eq!(china_national("+86-0755-1234567").unwrap(), "07551234567");
        assert_eq!(china_national("+86 21 6188 8888").unwrap(), "02161888888");
        assert_eq!(china_national("+86 123"), Err(Problem::InvalidFormat));
        for bad in [
            "12812345678",
            "1381234567",
            "138123456789",
            "+1 425 555 0100",
            "21-6888-8888",
            "0012345678",
            "138 1234 567８",
            "tel:13812345678",
        ] {
            assert_eq!(china_national(bad), Err(Problem::InvalidFormat), "{bad}");
        }
        assert_eq!(china_national("  "), Err(Problem::Required));
    }

    #[test]
    fn e164_numbers() {
        assert_eq!(e164("+1 (425) 555-0100").unwrap(), "+14255550100");
        assert!(e164("+33 1 23 45 67 89").is_ok());
        assert_eq!(e164("425 555 0100"), Err(Problem::InvalidFormat));
        assert_eq!(e164("+0123456789"), Err(Problem::InvalidFormat));
        assert_eq!(e164("+1234567890123456"), Err(Problem::InvalidFormat));
    }

    #[test]
    fn contact_numbers() {
        for ok in
            ["+86 21 6188 8888", "13812345678", "021-61888888", "+1 425-555-0100", "(425) 555-0100", "01 23 45 67 89"]
        {
            assert!(contact(ok).is_ok(), "{ok}");
        }
        assert_eq!(contact("+1 (425) 555-0100").unwrap(), "+14255550100");
        for bad in
            ["abc", "+86 123", "12", "1234", "+1 425 555 0100 ext 5", "++1425555", "+0123456789", "1234567890123456"]
        {
            assert_eq!(contact(bad), Err(Problem::InvalidFormat), "{bad}");
        }
        assert_eq!(contact(" "), Err(Problem::Required));
    }

    proptest! {
        #[test]
        fn no_input_panics(s in "\\PC{0,40}") {
            let _ = china_national(&s);
            let _ = e164(&s);
            let _ = contact(&s);
        }

        #[test]
        fn contact_numbers_are_compact_and_stable(s in "[+0-9 ()-]{0,24}") {
            if let Ok(n) = contact(&s) {
                prop_assert!(n.bytes().all(|b| b.is_ascii_digit() || b == b'+'));
                prop_assert_eq!(contact(&n), Ok(n.clone()));
            }
        }

        #[test]
        fn normalising_is_idempotent(s in "[+0-9 ()-]{0,20}") {
            if let Ok(n) = china_national(&s) {
                prop_assert_eq!(china_national(&n), Ok(n.clone()));
            }
        }
    }
}
