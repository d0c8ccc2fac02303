//! Counts in messages. A Fluent message picks its plural form from a number argument, but the
//! Fluent formatter writes that number without the language's digit grouping ("5000"), while
//! the partner expects the browser's Intl ("5,000", "5 000"). So the message is formatted with
//! the number, and the number's plain digits are then swapped for the Intl text. Pure, tested
//! natively.

/// `text` (a message formatted with `n`) with the first `n` written as `formatted`.
pub fn with_grouping(text: &str, n: u64, formatted: &str) -> String {
    text.replacen(&n.to_string(), formatted, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_is_written_as_the_language_groups_digits() {
        assert_eq!(with_grouping("5000 customers", 5000, "5,000"), "5,000 customers");
        assert_eq!(with_grouping("고객 5000명", 5000, "5,000"), "고객 5,000명");
        assert_eq!(with_grouping("5000 clients", 5000, "5\u{202f}000"), "5\u{202f}000 clients");
        assert_eq!(with_grouping("1 customer", 1, "1"), "1 customer");
        assert_eq!(with_grouping("No customers", 0, "0"), "No customers");
    }
}
