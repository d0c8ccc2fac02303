//! Seek paging through the customer list: the pages visited for the current search, and the
//! server's links to them. The list keeps one page of rows in the page at a time (it must stay
//! fast at 50,000 customers), so Next follows the shown page's `links.next` and Previous goes
//! back along the trail. Only the link's continuation token goes into the address (`at`); after a
//! reload the trail starts again from the first page. Pure, tested natively.

use crate::model::common::{Link, LinkHeader};

/// Rows per page: one screenful and a bit, and a fraction of a frame to render.
pub const PAGE_SIZE: u32 = 100;
/// Rows per read when exporting: the contract's largest page, so 50,000 customers take 100 reads.
pub const EXPORT_PAGE_SIZE: u32 = 500;
/// The header a seek link carries its position in (the contract's `MS-ContinuationToken`).
pub const CONTINUATION_HEADER: &str = "MS-ContinuationToken";

/// The continuation token of a `links.next`: its continuation header, if the token is one the
/// address can carry (the contract's base64url).
pub fn token_of(link: &Link) -> Option<String> {
    link.headers
        .iter()
        .find(|h| h.key.eq_ignore_ascii_case(CONTINUATION_HEADER))
        .and_then(|h| super::state::clean_token(&h.value))
}

/// `template` (a `links.next` the server gave for this search) pointing at `token` instead: the
/// way back to a page whose token the address kept, after a reload. The server made both the
/// link and the token; only the position changes.
pub fn link_at(template: &Link, token: &str) -> Link {
    let mut link = template.clone();
    link.headers.retain(|h| !h.key.eq_ignore_ascii_case(CONTINUATION_HEADER));
    link.headers.push(LinkHeader { key: CONTINUATION_HEADER.to_string(), value: token.to_string() });
    link
}

/// The pages visited for one search, in order (None: the first page), and every `links.next`
/// seen, by token.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trail {
    search: String,
    pages: Vec<Option<String>>,
    links: Vec<(String, Link)>,
}

impl Trail {
    /// Starts over when the search is another one: pages of one search say nothing of another's.
    pub fn for_search(&mut self, search: &str) {
        if self.search != search || self.pages.is_empty() {
            *self = Trail { search: search.to_string(), pages: vec![None], links: Vec::new() };
        }
    }

    /// The link to the page `token`, if this search's pages led there.
    pub fn link(&self, token: &str) -> Option<&Link> {
        self.links.iter().find(|(t, _)| t == token).map(|(_, l)| l)
    }

    /// The page `at` is shown and its `links.next` is `next`: remembers the link, and puts the
    /// page on the trail if it is not on it (a reload or a shared link: after the first page).
    pub fn shown(&mut self, at: Option<&str>, next: Option<&Link>) {
        let at = at.map(str::to_string);
        if !self.pages.contains(&at) {
            self.pages.truncate(1);
            self.pages.push(at);
        }
        if let Some(link) = next
            && let Some(token) = token_of(link)
            && self.link(&token).is_none()
        {
            // A page's worth of links at most per page visited: bounded by the pages the partner
            // paged through, never by the size of the list.
            self.links.push((token, link.clone()));
        }
    }

    /// Next from the page `at`: the trail forgets any page beyond it and goes on to `token`.
    pub fn advance(&mut self, at: Option<&str>, token: &str) {
        let at = at.map(str::to_string);
        if let Some(i) = self.pages.iter().position(|p| *p == at) {
            self.pages.truncate(i + 1);
        }
        self.pages.push(Some(token.to_string()));
    }

    /// The page before `at`: None on the first page; the first page for a page not on the trail.
    pub fn previous(&self, at: Option<&str>) -> Option<Option<String>> {
        let at = at?;
        match self.pages.iter().position(|p| p.as_deref() == Some(at)) {
            Some(i) if i > 0 => Some(self.pages[i - 1].clone()),
            _ => Some(None),
        }
    }

    /// Which page of the trail `at` is (1 for the first), if the trail knows.
    pub fn number(&self, at: Option<&str>) -> Option<usize> {
        self.pages.iter().position(|p| p.as_deref() == at).map(|i| i + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn next(token: &str) -> Link {
        Link {
            uri: "/v1/customers?size=100&seekOperation=Next".into(),
            method: "GET".into(),
            headers: vec![LinkHeader { key: "MS-ContinuationToken".into(), value: token.into() }],
        }
    }

    #[test]
    fn next_and_previous_walk_the_trail() {
        let mut t = Trail::default();
        t.for_search("con");
        assert_eq!(t.previous(None), None);
        t.shown(None, Some(&next("p2")));
        assert_eq!(t.link("p2"), Some(&next("p2")));
        t.advance(None, "p2");
        t.shown(Some("p2"), Some(&next("p3")));
        t.advance(Some("p2"), "p3");
        t.shown(Some("p3"), None);
        assert_eq!(t.previous(Some("p3")), Some(Some("p2".into())));
        assert_eq!(t.previous(Some("p2")), Some(None));
        assert_eq!(t.number(Some("p3")), Some(3));
        // Back to the second page and Next again: the same third page, not a fourth.
        t.advance(Some("p2"), "p3");
        assert_eq!(t.number(Some("p3")), Some(3));
    }

    #[test]
    fn after_a_reload_previous_goes_to_the_first_page() {
        let mut t = Trail::default();
        t.for_search("");
        t.shown(Some("p7"), Some(&next("p8")));
        assert_eq!(t.previous(Some("p7")), Some(None));
        assert_eq!(t.number(Some("p7")), Some(2));
        assert_eq!(t.previous(Some("unknown")), Some(None));
    }

    #[test]
    fn another_search_starts_a_new_trail() {
        let mut t = Trail::default();
        t.for_search("a");
        t.shown(None, Some(&next("p2")));
        t.for_search("a");
        assert!(t.link("p2").is_some());
        t.for_search("ab");
        assert!(t.link("p2").is_none());
        assert_eq!(t.number(None), Some(1));
    }

    #[test]
    fn a_link_is_followed_as_given_but_for_its_position() {
        let mut l = next("p2");
        l.headers.push(LinkHeader { key: "X-Other".into(), value: "1".into() });
        let moved = link_at(&l, "p9");
        assert_eq!(moved.uri, l.uri);
        assert_eq!(token_of(&moved), Some("p9".into()));
        assert_eq!(moved.headers.iter().filter(|h| h.key == "X-Other").count(), 1);
        assert_eq!(token_of(&next("not base64url!")), None);
        assert_eq!(token_of(&Link::default()), None);
    }
}
