//! The customer's subscriptions as a CSV file ("Export subscriptions", global cloud): the docs'
//! columns Subscription ID, Subscription, Quantity, Status, Reseller. RFC 4180 (CRLF, fields
//! with a comma, quote or line break quoted, quotes doubled), UTF-8 with a byte order mark so
//! spreadsheet programs read Chinese or Korean names right, and a guard against formula
//! injection: a text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
//! leading apostrophe, so a hostile company or subscription name is never run as a formula.
//! Pure, so tested natively.

/// One cell of the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cell {
    /// Text from the server or in the UI language: guarded and quoted as needed.
    Text(String),
    /// A count: written as it is (a negative number is a number, not a formula).
    Number(i64),
}

/// The byte order mark that tells spreadsheet programs the file is UTF-8.
pub const BOM: char = '\u{FEFF}';

/// The whole file: the header row, then one row per subscription.
pub fn build(header: &[String], rows: &[Vec<Cell>]) -> String {
    let mut out = String::new();
    out.push(BOM);
    line(&mut out, header.iter().map(|h| text(h)));
    for row in rows {
        line(
            &mut out,
            row.iter().map(|c| match c {
                Cell::Text(t) => text(t),
                Cell::Number(n) => n.to_string(),
            }),
        );
    }
    out
}

fn line(out: &mut String, cells: impl Iterator<Item = String>) {
    let cells: Vec<String> = cells.collect();
    out.push_str(&cells.join(","));
    out.push_str("\r\n");
}

/// A text cell, guarded then quoted.
pub fn text(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if guarded.contains([',', '"', '\r', '\n']) || guarded.starts_with(' ') || guarded.ends_with(' ') {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The file's name: `subscriptions-<customer domain>.csv`, keeping only what every file
/// system takes.
pub fn file_name(domain: &str) -> String {
    let safe: String =
        domain.chars().filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')).take(100).collect();
    let safe = safe.trim_matches('.');
    if safe.is_empty() { "subscriptions.csv".to_string() } else { format!("subscriptions-{safe}.csv") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header() -> Vec<String> {
        ["Subscription ID", "Subscription", "Quantity", "Status", "Reseller"].map(String::from).to_vec()
    }

    #[test]
    fn a_file_has_a_bom_a_header_and_crlf_rows() {
        let rows = vec![vec![
            Cell::Text("A1B2".into()),
            Cell::Text("Office 365 E3".into()),
            Cell::Number(10),
            Cell::Text("Active".into()),
            Cell::Text(String::new()),
        ]];
        assert_eq!(
            build(&header(), &rows),
            "\u{FEFF}Subscription ID,Subscription,Quantity,Status,Reseller\r\nA1B2,Office 365 E3,10,Active,\r\n"
        );
    }

    #[test]
    fn commas_quotes_and_line_breaks_are_quoted() {
        assert_eq!(text("Head office, Shanghai"), "\"Head office, Shanghai\"");
        assert_eq!(text("The \"best\" one"), "\"The \"\"best\"\" one\"");
        assert_eq!(text("two\nlines"), "\"two\nlines\"");
        assert_eq!(text(" padded "), "\" padded \"");
    }

    #[test]
    fn non_latin_text_is_kept_as_it_is() {
        assert_eq!(text("上海云帆信息技术有限公司"), "上海云帆信息技术有限公司");
        assert_eq!(text("정보기술 주식회사"), "정보기술 주식회사");
        let file = build(&["订阅 ID".to_string()], &[vec![Cell::Text("Office 365 商业版".into())]]);
        assert_eq!(file, "\u{FEFF}订阅 ID\r\nOffice 365 商业版\r\n");
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(text("=HYPERLINK(\"http://evil\")"), "\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assert_eq!(text("+1 425"), "'+1 425");
        assert_eq!(text("-2+3"), "'-2+3");
        assert_eq!(text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(text("\tx"), "'\tx");
        assert_eq!(build(&[], &[vec![Cell::Number(-5)]]), "\u{FEFF}\r\n-5\r\n");
    }

    #[test]
    fn file_names_keep_only_safe_characters() {
        assert_eq!(file_name("contoso.onmicrosoft.com"), "subscriptions-contoso.onmicrosoft.com.csv");
        assert_eq!(file_name("../../etc/passwd"), "subscriptions-etcpasswd.csv");
        assert_eq!(file_name("上海"), "subscriptions.csv");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    /// Reads one RFC 4180 field back (quoted or not).
    fn unquote(cell: &str) -> String {
        match cell.strip_prefix('"').and_then(|c| c.strip_suffix('"')) {
            Some(inner) => inner.replace("\"\"", "\""),
            None => cell.to_string(),
        }
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Any text makes one field that reads back as the text (with the guard's apostrophe
        /// when it starts like a formula), and never starts like a formula itself.
        #[test]
        fn any_text_is_one_safe_field(value in any_text()) {
            let cell = text(&value);
            let back = unquote(&cell);
            let formula = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
            prop_assert_eq!(back.clone(), if formula { format!("'{value}") } else { value.clone() });
            prop_assert!(!back.starts_with(['=', '+', '-', '@', '\t', '\r']));
            // A field with a separator, a quote or a line break is quoted whole.
            if back.contains([',', '"', '\n', '\r']) {
                prop_assert!(cell.starts_with('"') && cell.ends_with('"'));
            }
            let name = file_name(&value);
            prop_assert!(name.ends_with(".csv") && !name.contains('/'));
        }
    }
}
