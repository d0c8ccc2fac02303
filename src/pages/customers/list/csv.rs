//! Export customers: the CSV file Partner Center's docs describe (Microsoft ID, Company name,
//! Primary domain name, Relationship), built in the browser a page at a time. RFC 4180 (CRLF,
//! quotes doubled, fields with a comma, quote or line break quoted), a UTF-8 byte order mark so
//! Excel reads Chinese and Korean names, and a guard against formula injection: company names
//! come from customers, and a cell that starts like a formula would run in a spreadsheet. Pure,
//! tested natively.

use crate::model::customers::{CustomerSummary, RelationshipToPartner};

/// Tells spreadsheets the file is UTF-8.
pub const BOM: char = '\u{feff}';

/// One cell: made inert if a spreadsheet would read it as a formula (OWASP: a leading `'`), then
/// quoted if RFC 4180 needs it.
pub fn cell(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r', '|', '%']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\r', '\n']) || guarded.starts_with(' ') || guarded.ends_with(' ') {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One record, CRLF-terminated.
pub fn record(cells: &[&str]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

/// The start of the file: the byte order mark and the header record (in the partner's language).
pub fn start(header: &[String; 4]) -> String {
    let cells: Vec<&str> = header.iter().map(String::as_str).collect();
    format!("{BOM}{}", record(&cells))
}

/// The Fluent id of a relationship's name (customers.ftl).
pub fn relationship_id(r: RelationshipToPartner) -> &'static str {
    match r {
        RelationshipToPartner::Reseller => "customers-relationship-reseller",
        RelationshipToPartner::Advisor => "customers-relationship-advisor",
        _ => "customers-relationship-other",
    }
}

/// The Microsoft ID of a customer: its tenant id (the customer id where a server leaves it out;
/// in Partner Center they are the same).
pub fn microsoft_id(c: &CustomerSummary) -> &str {
    if c.company_profile.tenant_id.is_empty() { &c.id } else { &c.company_profile.tenant_id }
}

/// Appends one page of customers; `relationship` names a relationship in the partner's language.
pub fn append(out: &mut String, customers: &[CustomerSummary], relationship: impl Fn(RelationshipToPartner) -> String) {
    for c in customers {
        let rel = relationship(c.relationship_to_partner);
        out.push_str(&record(&[microsoft_id(c), &c.company_profile.company_name, &c.company_profile.domain, &rel]));
    }
}

/// `customers.csv`, or for a search `customers-<search>.csv` with what a file name cannot hold
/// left out.
pub fn file_name(search: &str) -> String {
    let safe: String =
        search.chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')).take(40).collect();
    let safe = safe.trim_matches('.');
    if safe.is_empty() { "customers.csv".to_string() } else { format!("customers-{safe}.csv") }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::customers::CustomerCompanyProfile;

    fn customer(name: &str, domain: &str) -> CustomerSummary {
        CustomerSummary {
            id: "c1".into(),
            company_profile: CustomerCompanyProfile {
                tenant_id: "0999c8ac-198b-4370-a4f4-03283ff21552".into(),
                domain: domain.into(),
                company_name: name.into(),
                ..Default::default()
            },
            relationship_to_partner: RelationshipToPartner::Reseller,
        }
    }

    #[test]
    fn quotes_what_rfc_4180_needs() {
        assert_eq!(cell("Contoso"), "Contoso");
        assert_eq!(cell("Contoso, Ltd."), "\"Contoso, Ltd.\"");
        assert_eq!(cell("The \"Best\" Co"), "\"The \"\"Best\"\" Co\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell(" padded "), "\" padded \"");
        assert_eq!(record(&["a", "b,c"]), "a,\"b,c\"\r\n");
    }

    #[test]
    fn keeps_non_latin_text_as_it_is() {
        assert_eq!(cell("上海云帆科技有限公司"), "上海云帆科技有限公司");
        assert_eq!(cell("주식회사 누리정보"), "주식회사 누리정보");
        let mut out = start(&["Microsoft ID".into(), "公司名称".into(), "主域名".into(), "关系".into()]);
        assert!(out.starts_with('\u{feff}'));
        assert_eq!(out.as_bytes()[..3], [0xEF, 0xBB, 0xBF]);
        append(&mut out, &[customer("上海云帆, 有限公司", "yunfan.partner.onmschina.cn")], |_| "经销商".into());
        assert_eq!(
            out,
            "\u{feff}Microsoft ID,公司名称,主域名,关系\r\n\
             0999c8ac-198b-4370-a4f4-03283ff21552,\"上海云帆, 有限公司\",yunfan.partner.onmschina.cn,经销商\r\n"
        );
    }

    #[test]
    fn formulas_are_made_inert() {
        assert_eq!(cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2+3"), "'-2+3");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("a=b"), "a=b");
    }

    #[test]
    fn the_microsoft_id_is_the_tenant() {
        let mut c = customer("a", "b");
        assert_eq!(microsoft_id(&c), "0999c8ac-198b-4370-a4f4-03283ff21552");
        c.company_profile.tenant_id.clear();
        assert_eq!(microsoft_id(&c), "c1");
        assert_eq!(relationship_id(RelationshipToPartner::None), "customers-relationship-other");
    }

    #[test]
    fn file_names_are_safe() {
        assert_eq!(file_name(""), "customers.csv");
        assert_eq!(file_name("con"), "customers-con.csv");
        assert_eq!(file_name("../上海 云帆"), "customers-上海云帆.csv");
        assert_eq!(file_name("/\\:*?"), "customers.csv");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    /// Reads one RFC 4180 record back (the cells of `record`'s output).
    fn parse(line: &str) -> Vec<String> {
        let body = line.strip_suffix("\r\n").unwrap();
        let mut cells = vec![String::new()];
        let mut chars = body.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (false, '"') => quoted = true,
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cells.last_mut().unwrap().push('"');
                }
                (true, '"') => quoted = false,
                (false, ',') => cells.push(String::new()),
                (_, c) => cells.last_mut().unwrap().push(c),
            }
        }
        cells
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Any cells: a record a CSV reader splits back into the same cells, but for the guard's
        /// leading quote, and no cell a spreadsheet would run.
        #[test]
        fn any_cells_round_trip(cells in proptest::collection::vec(any_text(), 1..5)) {
            let refs: Vec<&str> = cells.iter().map(String::as_str).collect();
            let back = parse(&record(&refs));
            prop_assert_eq!(back.len(), cells.len());
            for (b, c) in back.iter().zip(&cells) {
                let guarded = format!("'{c}");
                prop_assert!(b == c || *b == guarded);
                prop_assert!(!b.starts_with(['=', '+', '-', '@', '\t', '\r']));
            }
        }

        #[test]
        fn any_search_makes_a_file_name(search in any_text()) {
            let name = file_name(&search);
            prop_assert!(name.starts_with("customers") && name.ends_with(".csv"));
            prop_assert!(!name.contains(['/', '\\', ':', '\0']));
        }
    }
}
