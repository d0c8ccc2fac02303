//! The offer catalog, the price list and the pinned offers (`/v1/offers`, `/v1/offercategories`,
//! `/v1/pricelist`, `/v1/pinnedoffers`), and the pure logic both the Catalog page and Pricing and
//! offers share: filtering, the pin list's operations, the month of the price list, amounts, and
//! the CSV export. No message ids here: this module ships in the first load, the pages in areas.

use serde::{Deserialize, Serialize};

use crate::locale::Cloud;

/// "Choose up to five offers to appear at the top of the catalog list" (CN/customize-the-catalog).
pub const MAX_PINS: usize = 5;

/// How far ahead the price list can be previewed ("new pricing 30 days before it takes effect").
pub const PREVIEW_DAYS: i64 = 30;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OfferCategory {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub rank: i64,
}

/// How an offer is billed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BillingType {
    #[default]
    None,
    Usage,
    License,
    #[serde(other)]
    Unknown,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    pub amount: String,
    pub currency: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Offer {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub minimum_quantity: i64,
    #[serde(default)]
    pub maximum_quantity: i64,
    #[serde(default)]
    pub rank: i64,
    #[serde(default)]
    pub category: Option<OfferCategory>,
    #[serde(default)]
    pub prerequisite_offers: Vec<String>,
    #[serde(default)]
    pub is_add_on: bool,
    #[serde(default)]
    pub is_available_for_purchase: bool,
    #[serde(default)]
    pub is_trial: bool,
    #[serde(default)]
    pub billing: BillingType,
    #[serde(default)]
    pub unit_price: Option<Money>,
    #[serde(default)]
    pub unit_type: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PriceListRow {
    pub offer_id: String,
    pub offer_name: String,
    /// add, chg, del or unc (shown upper case, as the docs write them).
    #[serde(default)]
    pub change_code: String,
    #[serde(default)]
    pub valid_from: String,
    #[serde(default)]
    pub valid_to: Option<String>,
    #[serde(default)]
    pub license_agreement_type: String,
    #[serde(default)]
    pub purchase_unit: String,
    #[serde(default)]
    pub secondary_license_type: String,
    #[serde(default)]
    pub end_customer_type: String,
    #[serde(default)]
    pub list_price: String,
    #[serde(default)]
    pub erp_price: String,
    #[serde(default)]
    pub currency: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PinnedOffer {
    pub offer_id: String,
    #[serde(default)]
    pub offer_name: String,
}

/// The pinned list as read: the offers in order and the ETag that an update must send back.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pins {
    pub items: Vec<PinnedOffer>,
    pub etag: String,
}

impl Pins {
    pub fn ids(&self) -> Vec<String> {
        self.items.iter().map(|p| p.offer_id.clone()).collect()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.items.iter().any(|p| p.offer_id.eq_ignore_ascii_case(id))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PinnedOffersUpdate {
    pub offer_ids: Vec<String>,
}

/// The market the partner sells in: a partner of Partner Center operated by 21Vianet sells in
/// China only; the global demo partner is onboarded in the United States. (The session carries
/// no country; the legal profile's would be the way for other global partners.)
pub fn market(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::China => "CN",
        Cloud::Global => "US",
    }
}

/// Whether an offer is shown for a search text and a category id (empty = all). The search is
/// case-insensitive over the name, the description and the offer ID, as a partner who pastes an
/// ID from the price list expects.
pub fn offer_matches(offer: &Offer, search: &str, category: &str) -> bool {
    let in_category = category.is_empty() || offer.category.as_ref().is_some_and(|c| c.id == category);
    in_category && text_matches(search, &[&offer.name, &offer.description, &offer.id])
}

/// Whether a price-list row is shown for a search text (name or offer ID).
pub fn row_matches(row: &PriceListRow, search: &str) -> bool {
    text_matches(search, &[&row.offer_name, &row.offer_id])
}

fn text_matches(search: &str, haystacks: &[&str]) -> bool {
    let needle = search.trim().to_lowercase();
    needle.is_empty() || haystacks.iter().any(|h| h.to_lowercase().contains(&needle))
}

/// One change to the pinned list, kept so that it can be applied again to the current list
/// after someone else changed it (412).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PinOp {
    Pin(String),
    Unpin(String),
    MoveUp(String),
    MoveDown(String),
}

impl PinOp {
    pub fn offer_id(&self) -> &str {
        match self {
            PinOp::Pin(id) | PinOp::Unpin(id) | PinOp::MoveUp(id) | PinOp::MoveDown(id) => id,
        }
    }
}

/// Why a change cannot be made to the list as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PinRefusal {
    /// Five are pinned already.
    Full,
    AlreadyPinned,
    NotPinned,
    /// First moved up, or last moved down.
    AtEdge,
}

/// The list after `op`. Offer ids compare case-insensitively, as the server compares them.
pub fn apply_pin(pins: &[String], op: &PinOp) -> Result<Vec<String>, PinRefusal> {
    let pos = pins.iter().position(|p| p.eq_ignore_ascii_case(op.offer_id()));
    let mut out = pins.to_vec();
    match (op, pos) {
        (PinOp::Pin(_), Some(_)) => return Err(PinRefusal::AlreadyPinned),
        (PinOp::Pin(_), None) if pins.len() >= MAX_PINS => return Err(PinRefusal::Full),
        (PinOp::Pin(id), None) => out.push(id.clone()),
        (_, None) => return Err(PinRefusal::NotPinned),
        (PinOp::Unpin(_), Some(i)) => {
            out.remove(i);
        }
        (PinOp::MoveUp(_), Some(0)) => return Err(PinRefusal::AtEdge),
        (PinOp::MoveUp(_), Some(i)) => out.swap(i - 1, i),
        (PinOp::MoveDown(_), Some(i)) if i + 1 >= pins.len() => return Err(PinRefusal::AtEdge),
        (PinOp::MoveDown(_), Some(i)) => out.swap(i, i + 1),
    }
    Ok(out)
}

/// Which price list: the one in effect, or the 30-day preview of the next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PriceMonth {
    #[default]
    Current,
    Next,
}

impl PriceMonth {
    /// From the `month` query parameter; anything but `next` is the current list.
    pub fn from_query(v: Option<&str>) -> PriceMonth {
        if v.is_some_and(|v| v.trim().eq_ignore_ascii_case("next")) { PriceMonth::Next } else { PriceMonth::Current }
    }

    pub fn query_value(self) -> &'static str {
        match self {
            PriceMonth::Current => "",
            PriceMonth::Next => "next",
        }
    }

    /// The `effective` date to ask for (`YYYY-MM-DD`, UTC as the server counts days), or None for
    /// today's list. `now_ms` is milliseconds since the Unix epoch.
    pub fn effective(self, now_ms: f64) -> Option<String> {
        match self {
            PriceMonth::Current => None,
            PriceMonth::Next => Some(format_day(day_of(now_ms) + PREVIEW_DAYS)),
        }
    }
}

/// Days since 1970-01-01 (UTC) of a time in milliseconds; a time that is not a number is day 0.
pub fn day_of(ms: f64) -> i64 {
    if ms.is_finite() { (ms / 86_400_000.0).floor() as i64 } else { 0 }
}

/// `YYYY-MM-DD` of a day number (the proleptic Gregorian calendar; H. Hinnant's civil_from_days).
pub fn format_day(day: i64) -> String {
    // Clamped to years 0..=9999 so the result always has the contract's shape.
    let z = day.clamp(-719_528, 2_932_896) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// An amount and its currency fit for Intl, or None to show the server's text as it is. The
/// contract's amounts are decimal strings (`152.00`); Intl takes only three-letter codes.
pub fn price_parts<'a>(amount: &str, currency: &'a str) -> Option<(f64, &'a str)> {
    let currency = currency.trim();
    let code_ok = currency.len() == 3 && currency.bytes().all(|b| b.is_ascii_alphabetic());
    Some((parse_amount(amount)?, currency)).filter(|_| code_ok)
}

/// A non-negative decimal: ASCII digits, optionally a point and one or two digits.
pub fn parse_amount(s: &str) -> Option<f64> {
    let s = s.trim();
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let shaped = !whole.is_empty()
        && whole.len() <= 15
        && digits(whole)
        && digits(frac)
        && frac.len() <= 2
        && (frac.is_empty() != s.contains('.'));
    if shaped { s.parse().ok() } else { None }
}

/// One CSV cell (RFC 4180): quoted when it holds a comma, a quote or a line break, quotes
/// doubled. A cell that a spreadsheet would run as a formula (it starts with = + - @, or a tab
/// or carriage return that some spreadsheets skip before one) gets a leading `'`, so opening
/// the file never runs what a server or another partner typed.
pub fn csv_cell(value: &str) -> String {
    let guarded =
        if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_string() };
    if guarded.contains([',', '"', '\r', '\n']) { format!("\"{}\"", guarded.replace('"', "\"\"")) } else { guarded }
}

/// A whole CSV file: the header, then the rows, each line ended by CRLF (RFC 4180).
pub fn to_csv(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for line in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        let cells: Vec<String> = line.iter().map(|c| csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// A price-list row as the CSV's cells, in the order of the columns (§2.6): change code, valid
/// from, valid to, offer display name, offer ID, license agreement type, purchase unit,
/// secondary license type, end customer type, list price, ERP price, currency. The values are
/// the server's, unformatted, so a spreadsheet can compute with them.
pub fn csv_row(r: &PriceListRow) -> Vec<String> {
    vec![
        r.change_code.to_uppercase(),
        r.valid_from.clone(),
        r.valid_to.clone().unwrap_or_default(),
        r.offer_name.clone(),
        r.offer_id.clone(),
        r.license_agreement_type.clone(),
        r.purchase_unit.clone(),
        r.secondary_license_type.clone(),
        r.end_customer_type.clone(),
        r.list_price.clone(),
        r.erp_price.clone(),
        r.currency.clone(),
    ]
}

/// The download's file name, e.g. `pricelist-CN-2026-12-04.csv`.
pub fn csv_file_name(country: &str, day: &str) -> String {
    let safe = |s: &str| s.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>();
    format!("pricelist-{}-{}.csv", safe(country), safe(day))
}

/// The query string of a page's deep link (`?q=…&category=…`), empty values left out,
/// percent-encoded as `encodeURIComponent` does.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let parts: Vec<String> =
        pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", encode_component(v))).collect();
    if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
}

fn encode_component(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn pins_add_up_to_five_then_refuse() {
        let mut list = Vec::new();
        for id in ["a", "b", "c", "d", "e"] {
            list = apply_pin(&list, &PinOp::Pin(id.into())).unwrap();
        }
        assert_eq!(list, ids(&["a", "b", "c", "d", "e"]));
        assert_eq!(apply_pin(&list, &PinOp::Pin("f".into())), Err(PinRefusal::Full));
        assert_eq!(apply_pin(&list, &PinOp::Pin("A".into())), Err(PinRefusal::AlreadyPinned));
    }

    #[test]
    fn pins_move_and_unpin() {
        let list = ids(&["a", "b", "c"]);
        assert_eq!(apply_pin(&list, &PinOp::MoveUp("b".into())).unwrap(), ids(&["b", "a", "c"]));
        assert_eq!(apply_pin(&list, &PinOp::MoveDown("b".into())).unwrap(), ids(&["a", "c", "b"]));
        assert_eq!(apply_pin(&list, &PinOp::MoveUp("a".into())), Err(PinRefusal::AtEdge));
        assert_eq!(apply_pin(&list, &PinOp::MoveDown("c".into())), Err(PinRefusal::AtEdge));
        assert_eq!(apply_pin(&list, &PinOp::Unpin("B".into())).unwrap(), ids(&["a", "c"]));
        assert_eq!(apply_pin(&list, &PinOp::Unpin("z".into())), Err(PinRefusal::NotPinned));
        assert_eq!(apply_pin(&list, &PinOp::MoveUp("z".into())), Err(PinRefusal::NotPinned));
    }

    #[test]
    fn csv_quotes_and_guards() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("=1+2"), "'=1+2");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-1"), "'-1");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("=HYPERLINK(\"x\",\"y\")"), "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assert_eq!(csv_cell("中文"), "中文");
        assert_eq!(to_csv(&ids(&["A", "B"]), &[ids(&["1", "x,y"])]), "A,B\r\n1,\"x,y\"\r\n");
    }

    #[test]
    fn a_price_list_row_is_its_columns() {
        let r = PriceListRow {
            offer_id: "796B".into(),
            offer_name: "Office 365 E3".into(),
            change_code: "chg".into(),
            valid_from: "2026-12-18".into(),
            valid_to: None,
            license_agreement_type: "Open".into(),
            purchase_unit: "1 Month".into(),
            secondary_license_type: "Full".into(),
            end_customer_type: "Commercial".into(),
            list_price: "159.60".into(),
            erp_price: "191.52".into(),
            currency: "CNY".into(),
        };
        assert_eq!(
            csv_row(&r),
            ids(&[
                "CHG",
                "2026-12-18",
                "",
                "Office 365 E3",
                "796B",
                "Open",
                "1 Month",
                "Full",
                "Commercial",
                "159.60",
                "191.52",
                "CNY"
            ])
        );
        assert_eq!(csv_file_name("CN", "2026-12-04"), "pricelist-CN-2026-12-04.csv");
        assert_eq!(csv_file_name("C/N", "../x"), "pricelist-CN-x.csv");
    }

    #[test]
    fn amounts_and_currencies() {
        assert_eq!(price_parts("152.00", "CNY"), Some((152.0, "CNY")));
        assert_eq!(price_parts("23.5", " USD "), Some((23.5, "USD")));
        assert_eq!(price_parts("7", "USD"), Some((7.0, "USD")));
        assert_eq!(price_parts("152.00", "元"), None);
        assert_eq!(price_parts("152.00", "CNYX"), None);
        for bad in ["", ".5", "5.", "-1.00", "1.234", "1e3", "NaN", "inf", "1,000.00", "１２", "+1"] {
            assert_eq!(parse_amount(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_preview_is_thirty_days_ahead_in_utc() {
        assert_eq!(format_day(0), "1970-01-01");
        assert_eq!(format_day(20_791), "2026-12-04");
        assert_eq!(format_day(-1), "1969-12-31");
        assert_eq!(format_day(11_016), "2000-02-29");
        // 2026-12-04T23:59:59Z → the preview is 2027-01-03.
        let ms = 20_791.0 * 86_400_000.0 + 86_399_000.0;
        assert_eq!(PriceMonth::Next.effective(ms).as_deref(), Some("2027-01-03"));
        assert_eq!(PriceMonth::Current.effective(ms), None);
        assert_eq!(PriceMonth::from_query(Some("NEXT")), PriceMonth::Next);
        assert_eq!(PriceMonth::from_query(Some("later")), PriceMonth::Current);
        assert_eq!(PriceMonth::from_query(None), PriceMonth::Current);
        assert_eq!(day_of(f64::NAN), 0);
    }

    #[test]
    fn filters_by_category_and_text() {
        let o = Offer {
            id: "796B6B5F".into(),
            name: "Office 365 E3".into(),
            description: "完整的 Office 桌面应用".into(),
            category: Some(OfferCategory { id: "Office".into(), name: "Office 365".into(), rank: 1 }),
            ..Offer::default()
        };
        assert!(offer_matches(&o, "", ""));
        assert!(offer_matches(&o, " e3 ", "Office"));
        assert!(offer_matches(&o, "桌面", ""));
        assert!(offer_matches(&o, "796b", ""));
        assert!(!offer_matches(&o, "e5", ""));
        assert!(!offer_matches(&o, "", "EMS"));
    }

    #[test]
    fn decodes_the_contract_examples() {
        let offer: Offer = serde_json::from_str(
            r#"{"id":"796B6B5F-613C-4E24-A17C-EBA730D49C02","name":"Office 365 E3","description":"完整的 Office 桌面应用",
                "minimumQuantity":1,"maximumQuantity":300,"rank":2,
                "category":{"id":"Office","name":"Office 365","rank":1,"attributes":{"objectType":"OfferCategory"}},
                "limitUnitOfMeasure":"None","limit":0,"prerequisiteOffers":[],"isAddOn":false,"isAvailableForPurchase":true,
                "billing":"license","isTrial":false,"unitPrice":{"amount":"152.00","currency":"CNY"},"unitType":"Licenses",
                "country":"CN","attributes":{"objectType":"Offer"}}"#,
        )
        .unwrap();
        assert_eq!(offer.unit_price, Some(Money { amount: "152.00".into(), currency: "CNY".into() }));
        assert_eq!(offer.category.unwrap().name, "Office 365");
        let pins: crate::model::common::Collection<PinnedOffer> = serde_json::from_str(
            r#"{"totalCount":1,"items":[{"offerId":"A","offerName":"Office 365 E3","attributes":{"objectType":"PinnedOffer"}}],
                "links":{},"attributes":{"etag":"W/x","objectType":"Collection"}}"#,
        )
        .unwrap();
        assert_eq!(pins.attributes.etag.as_deref(), Some("W/x"));
        assert_eq!(pins.items[0].offer_name, "Office 365 E3");
        let update = serde_json::to_value(PinnedOffersUpdate { offer_ids: vec!["A".into()] }).unwrap();
        assert_eq!(update, serde_json::json!({"offerIds": ["A"]}));
    }

    #[test]
    fn deep_links_encode_their_values() {
        assert_eq!(query_string(&[("q", ""), ("category", "")]), "");
        assert_eq!(query_string(&[("q", "E3 & more"), ("month", "next")]), "?q=E3%20%26%20more&month=next");
        assert_eq!(query_string(&[("q", "中")]), "?q=%E4%B8%AD");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    /// An RFC 4180 reader, to check the writer against.
    fn parse_csv(text: &str) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut row = Vec::new();
        let mut cell = String::new();
        let mut chars = text.chars().peekable();
        let mut quoted = false;
        while let Some(c) = chars.next() {
            match (quoted, c) {
                (true, '"') if chars.peek() == Some(&'"') => {
                    chars.next();
                    cell.push('"');
                }
                (true, '"') => quoted = false,
                (true, c) => cell.push(c),
                (false, '"') => quoted = true,
                (false, ',') => row.push(std::mem::take(&mut cell)),
                (false, '\r') if chars.peek() == Some(&'\n') => {
                    chars.next();
                    row.push(std::mem::take(&mut cell));
                    rows.push(std::mem::take(&mut row));
                }
                (false, c) => cell.push(c),
            }
        }
        rows
    }

    fn unguard(cell: &str, original: &str) -> String {
        if original.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            cell.strip_prefix('\'').expect("a guarded cell starts with '").to_string()
        } else {
            cell.to_string()
        }
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Any text round-trips through the CSV (less the formula guard), and no cell starts a
        /// formula.
        #[test]
        fn any_text_round_trips(rows in proptest::collection::vec(proptest::collection::vec(any_text(), 1..4), 0..4)) {
            let header: Vec<String> = vec!["A".into(); rows.first().map_or(1, Vec::len)];
            let rows: Vec<Vec<String>> = rows.into_iter().map(|mut r| { r.resize(header.len(), String::new()); r }).collect();
            let text = to_csv(&header, &rows);
            let back = parse_csv(&text);
            prop_assert_eq!(back.len(), rows.len() + 1);
            prop_assert_eq!(&back[0], &header);
            for (got, want) in back[1..].iter().zip(&rows) {
                prop_assert_eq!(got.len(), want.len());
                for (g, w) in got.iter().zip(want) {
                    prop_assert!(!g.starts_with(['=', '+', '-', '@', '\t', '\r']), "{:?}", g);
                    prop_assert_eq!(&unguard(g, w), w);
                }
            }
        }

        /// Amounts: whatever the text, a parse is a finite non-negative number or nothing, and
        /// two-decimal amounts read exactly.
        #[test]
        fn amounts_parse_or_not(s in any_text(), whole in 0u64..1_000_000_000, cents in 0u32..100) {
            if let Some(v) = parse_amount(&s) { prop_assert!(v.is_finite() && v >= 0.0); }
            let text = format!("{whole}.{cents:02}");
            prop_assert_eq!(parse_amount(&text), Some(text.parse::<f64>().unwrap()));
        }

        /// Any offer and search: never a panic; the empty search and category show everything.
        #[test]
        fn any_search_is_survivable(name in any_text(), search in any_text(), category in any_text()) {
            let o = Offer { name: name.clone(), ..Offer::default() };
            let _ = offer_matches(&o, &search, &category);
            prop_assert!(offer_matches(&o, "", ""));
        }

        /// Pin operations keep the list at most five long and without duplicates.
        #[test]
        fn pin_lists_stay_valid(ops in proptest::collection::vec((0u8..4, 0u8..8), 0..40)) {
            let mut list: Vec<String> = Vec::new();
            for (kind, n) in ops {
                let id = format!("o{n}");
                let op = match kind { 0 => PinOp::Pin(id), 1 => PinOp::Unpin(id), 2 => PinOp::MoveUp(id), _ => PinOp::MoveDown(id) };
                if let Ok(next) = apply_pin(&list, &op) {
                    let mut sorted = next.clone();
                    sorted.sort();
                    sorted.dedup();
                    prop_assert_eq!(sorted.len(), next.len());
                    list = next;
                }
                prop_assert!(list.len() <= MAX_PINS);
            }
        }

        /// Any day number gives a `YYYY-MM-DD`.
        #[test]
        fn any_day_formats(day in any::<i64>(), ms in any::<f64>()) {
            prop_assert_eq!(format_day(day).len(), 10);
            let _ = day_of(ms);
        }

        /// Deep-link values decode back to what was typed.
        #[test]
        fn query_values_round_trip(v in any_text()) {
            let q = query_string(&[("q", &v)]);
            if v.is_empty() { prop_assert_eq!(q, ""); } else {
                let enc = q.strip_prefix("?q=").unwrap();
                prop_assert!(enc.bytes().all(|b| b.is_ascii_graphic()));
                let mut bytes = Vec::new();
                let mut it = enc.bytes();
                while let Some(b) = it.next() {
                    if b == b'%' {
                        let h: String = [it.next().unwrap() as char, it.next().unwrap() as char].iter().collect();
                        bytes.push(u8::from_str_radix(&h, 16).unwrap());
                    } else { bytes.push(b); }
                }
                prop_assert_eq!(String::from_utf8(bytes).unwrap(), v);
            }
        }
    }
}
