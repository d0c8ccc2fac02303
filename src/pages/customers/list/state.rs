//! The customer list's address: the search (`q`), the expanded row (`open`, a customer id) and
//! the page shown (`at`, the continuation token of the link that fetched it; absent for the
//! first). Everything the partner sees is in it, so Back, a reload or a shared link shows the
//! same list. Pure, tested natively; the address is untrusted input (anyone can craft a link).

use crate::model::customers::SEARCH_MAX_CHARS;
use crate::routes::query_value;

/// What the address says the list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListState {
    /// The search as typed, trimmed: what the server is asked for.
    pub q: String,
    /// The customer whose row is expanded.
    pub open: Option<String>,
    /// The continuation token of the page shown; None for the first page.
    pub at: Option<String>,
}

/// The longest customer id kept. Partner Center's ids are GUIDs (36 characters); anything much
/// longer is not one and would only bloat the address.
const MAX_ID: usize = 100;
/// The contract's limit on `MS-ContinuationToken`.
const MAX_TOKEN: usize = 1000;

impl ListState {
    /// From the address's parameters, as the router decoded them. What cannot be meant is left
    /// out rather than refused: the list opens on what is left (the whole list at worst).
    pub fn from_params(q: Option<&str>, open: Option<&str>, at: Option<&str>) -> ListState {
        ListState {
            q: clean_search(q.unwrap_or_default()),
            open: open.and_then(clean_id),
            at: at.and_then(clean_token),
        }
    }

    /// The address's query string, `?` included ("" for the whole list's first page). Only
    /// unreserved ASCII is left unescaped, so the string is the same in every browser.
    pub fn to_search(&self) -> String {
        let mut parts = Vec::new();
        if !self.q.is_empty() {
            parts.push(format!("q={}", query_value(&self.q)));
        }
        if let Some(open) = &self.open {
            parts.push(format!("open={}", query_value(open)));
        }
        if let Some(at) = &self.at {
            parts.push(format!("at={}", query_value(at)));
        }
        if parts.is_empty() { String::new() } else { format!("?{}", parts.join("&")) }
    }

    /// The same search on another page (None: the first), with no row expanded.
    pub fn at(&self, at: Option<String>) -> ListState {
        ListState { q: self.q.clone(), open: None, at }
    }

    /// The same page with `open` expanded (None: all collapsed).
    pub fn opened(&self, open: Option<String>) -> ListState {
        ListState { q: self.q.clone(), open, at: self.at.clone() }
    }

    /// A new search starts on its first page, all rows collapsed.
    pub fn searching(q: &str) -> ListState {
        ListState { q: clean_search(q), open: None, at: None }
    }
}

/// What a search box's text means as a search: without control characters, trimmed, at most as
/// long as the server takes. Two texts that differ only in this are the same search, so typing a
/// space sends nothing.
pub fn clean_search(text: &str) -> String {
    let kept: String = text.chars().filter(|c| !c.is_control()).collect();
    let cut: String = kept.trim().chars().take(SEARCH_MAX_CHARS).collect();
    cut.trim_end().to_string()
}

fn clean_id(id: &str) -> Option<String> {
    let id = id.trim();
    let ok = !id.is_empty() && id.chars().count() <= MAX_ID && !id.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then(|| id.to_string())
}

/// A continuation token as the contract writes it: 1 to 1000 base64url characters. Only such a
/// token can go into the request header the server reads it from.
pub fn clean_token(token: &str) -> Option<String> {
    let ok = (1..=MAX_TOKEN).contains(&token.len())
        && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    ok.then(|| token.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_address_keeps_search_row_and_page() {
        let s =
            ListState { q: "上海 云帆&co".into(), open: Some("0999c8ac-198b".into()), at: Some("Ymx1ZQ".into()) };
        assert_eq!(s.to_search(), "?q=%E4%B8%8A%E6%B5%B7%20%E4%BA%91%E5%B8%86%26co&open=0999c8ac-198b&at=Ymx1ZQ");
        assert_eq!(ListState::default().to_search(), "");
        assert_eq!(ListState::from_params(Some("  Contoso "), None, None).to_search(), "?q=Contoso");
    }

    #[test]
    fn what_cannot_be_meant_is_left_out() {
        let s = ListState::from_params(Some("\u{7}a\u{0}"), Some("a b"), Some("not a token!"));
        assert_eq!(s, ListState { q: "a".into(), open: None, at: None });
        assert_eq!(ListState::from_params(None, Some(""), Some("")), ListState::default());
        assert_eq!(clean_token(&"a".repeat(1001)), None);
        assert_eq!(clean_token("Y29udG9zbyBsdGQK_-9"), Some("Y29udG9zbyBsdGQK_-9".into()));
        assert_eq!(clean_search(&"é".repeat(300)).chars().count(), SEARCH_MAX_CHARS);
    }

    #[test]
    fn a_new_search_or_page_collapses_the_rows() {
        let s = ListState { q: "a".into(), open: Some("x".into()), at: Some("t".into()) };
        assert_eq!(s.at(None), ListState { q: "a".into(), open: None, at: None });
        assert_eq!(ListState::searching(" b "), ListState { q: "b".into(), open: None, at: None });
        assert_eq!(s.opened(None).at, Some("t".into()));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    fn decode(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).unwrap()
    }

    /// The address parsed the way a browser's URLSearchParams does it.
    fn parse(search: &str) -> ListState {
        let (mut q, mut open, mut at) = (None, None, None);
        for part in search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap();
            match k {
                "q" => q = Some(decode(v)),
                "open" => open = Some(decode(v)),
                "at" => at = Some(decode(v)),
                _ => panic!("unexpected parameter {k}"),
            }
        }
        ListState::from_params(q.as_deref(), open.as_deref(), at.as_deref())
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever the address holds: a bounded search, id and token that the server can take;
        /// printed and read again, the same state.
        #[test]
        fn any_address_reads_and_round_trips(
            q in proptest::option::of(any_text()),
            open in proptest::option::of(any_text()),
            at in proptest::option::of(prop_oneof![any_text(), "[A-Za-z0-9_-]{1,40}"]),
        ) {
            let s = ListState::from_params(q.as_deref(), open.as_deref(), at.as_deref());
            prop_assert!(s.q.chars().count() <= SEARCH_MAX_CHARS);
            prop_assert_eq!(s.q.trim(), s.q.as_str());
            prop_assert!(!s.q.chars().any(char::is_control));
            if let Some(t) = &s.at {
                prop_assert!(t.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            }
            let search = s.to_search();
            prop_assert!(search.is_ascii());
            prop_assert_eq!(parse(&search), s);
        }

        /// The search box's text and the address agree on what the search is.
        #[test]
        fn clean_search_is_stable(text in any_text()) {
            let once = clean_search(&text);
            prop_assert_eq!(clean_search(&once), once.clone());
            prop_assert_eq!(ListState::searching(&text).q, once);
        }
    }
}
