//! The number of licenses as typed: read the way a person means it, then held to the offer's
//! minimum..maximum (features spec §2.10; the server answers `out_of_range` on the same rule).
//! Pure, so the parser is tested against anything a keyboard, a paste or a restored draft gives.

/// What is wrong with a typed number of licenses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuantityProblem {
    Required,
    /// Not a whole number (letters, a sign, a fraction).
    NotANumber,
    /// A whole number outside the offer's range.
    OutOfRange,
}

/// The longest run of digits read: no offer sells more than a few hundred thousand licenses, and
/// a longer number must not overflow before it is judged out of range.
const MAX_DIGITS: usize = 9;

/// The whole number typed. Spaces and group separators (`1,000`, `1 000`, a thin space) are
/// ignored, and full-width digits from a Chinese, Japanese or Korean keyboard count as digits;
/// anything else (a sign, a decimal point, letters) is not a number of licenses.
pub fn parse(text: &str) -> Result<i64, QuantityProblem> {
    let mut digits = String::new();
    for c in text.trim().chars() {
        match c {
            '0'..='9' => digits.push(c),
            '０'..='９' => digits.push(char::from(b'0' + (c as u32 - '０' as u32) as u8)),
            ',' | '，' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '_' => {}
            _ => return Err(QuantityProblem::NotANumber),
        }
    }
    if digits.is_empty() {
        return Err(if text.trim().is_empty() { QuantityProblem::Required } else { QuantityProblem::NotANumber });
    }
    let significant = digits.trim_start_matches('0');
    if significant.len() > MAX_DIGITS {
        return Err(QuantityProblem::OutOfRange);
    }
    // At most nine digits are left: this cannot fail.
    Ok(significant.parse::<i64>().unwrap_or(0))
}

/// The number typed when it is one the offer allows (`min..=max`).
pub fn within(text: &str, min: i64, max: i64) -> Result<i64, QuantityProblem> {
    let n = parse(text)?;
    if (min..=max).contains(&n) { Ok(n) } else { Err(QuantityProblem::OutOfRange) }
}

/// The range an offer allows. A catalog without limits (0, or a maximum under the minimum)
/// allows 1 and more, as the server does for an offer it no longer lists.
pub fn range(min: i64, max: i64) -> (i64, i64) {
    let min = min.max(1);
    let max = if max < min { 10_000 } else { max };
    (min, max)
}

/// The message for a problem (Fluent ids of this area).
pub fn message_id(p: QuantityProblem) -> &'static str {
    match p {
        QuantityProblem::Required => "subscription-error-quantity-required",
        QuantityProblem::NotANumber => "subscription-error-quantity-number",
        QuantityProblem::OutOfRange => "subscription-error-quantity-range",
    }
}

/// The field check: the message id of what is wrong with `text` for an offer allowing
/// `min..=max`, or None.
pub fn check(text: &str, min: i64, max: i64) -> Option<&'static str> {
    within(text, min, max).err().map(message_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_whole_numbers_as_people_type_them() {
        assert_eq!(parse("25"), Ok(25));
        assert_eq!(parse(" 1,000 "), Ok(1000));
        assert_eq!(parse("1 000"), Ok(1000));
        assert_eq!(parse("１２"), Ok(12));
        assert_eq!(parse("007"), Ok(7));
        assert_eq!(parse("000000000000000000005"), Ok(5));
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(parse(""), Err(QuantityProblem::Required));
        assert_eq!(parse("   "), Err(QuantityProblem::Required));
        assert_eq!(parse(","), Err(QuantityProblem::NotANumber));
        assert_eq!(parse("-3"), Err(QuantityProblem::NotANumber));
        assert_eq!(parse("+3"), Err(QuantityProblem::NotANumber));
        assert_eq!(parse("2.5"), Err(QuantityProblem::NotANumber));
        assert_eq!(parse("ten"), Err(QuantityProblem::NotANumber));
        assert_eq!(parse("٣"), Err(QuantityProblem::NotANumber));
        assert_eq!(parse("99999999999999999999999"), Err(QuantityProblem::OutOfRange));
    }

    #[test]
    fn holds_the_number_to_the_offers_range() {
        assert_eq!(within("1", 1, 300), Ok(1));
        assert_eq!(within("300", 1, 300), Ok(300));
        assert_eq!(within("0", 1, 300), Err(QuantityProblem::OutOfRange));
        assert_eq!(within("301", 1, 300), Err(QuantityProblem::OutOfRange));
        assert_eq!(check("301", 1, 300), Some("subscription-error-quantity-range"));
        assert_eq!(check("", 1, 300), Some("subscription-error-quantity-required"));
        assert_eq!(check("x", 1, 300), Some("subscription-error-quantity-number"));
        assert_eq!(check("12", 1, 300), None);
    }

    #[test]
    fn a_catalog_without_limits_allows_one_and_more() {
        assert_eq!(range(0, 0), (1, 10_000));
        assert_eq!(range(5, 2), (5, 10_000));
        assert_eq!(range(1, 300), (1, 300));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever is typed, the parser answers without a panic, and a number it reads is one
        /// the contract can carry.
        #[test]
        fn any_text_is_judged(text in any_text(), min in -5i64..500, max in -5i64..500) {
            if let Ok(n) = parse(&text) {
                prop_assert!((0..1_000_000_000).contains(&n));
            }
            let (lo, hi) = range(min, max);
            if let Ok(n) = within(&text, lo, hi) {
                prop_assert!((lo..=hi).contains(&n));
            }
        }

        /// Any number written plainly, with group separators or in full-width digits reads back
        /// as itself.
        #[test]
        fn numbers_read_back(n in 0i64..1_000_000_000, style in 0u8..3) {
            let plain = n.to_string();
            let typed = match style {
                0 => plain.clone(),
                1 => plain.as_bytes().rchunks(3).rev().map(|c| std::str::from_utf8(c).unwrap()).collect::<Vec<_>>().join(","),
                _ => plain.chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()).collect(),
            };
            prop_assert_eq!(parse(&typed), Ok(n));
        }
    }
}
