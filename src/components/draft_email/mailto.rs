//! The `mailto:` URL of "Open in email app" (pure).
//!
//! RFC 6068: the subject and body are percent-encoded UTF-8, line breaks are `%0D%0A`. Some mail
//! apps (and Windows' handler for them) drop or cut a `mailto:` URL over about 2,000 characters,
//! and every Chinese or Korean character costs nine (three bytes, each `%XX`). So the builder
//! keeps the whole URL under [`MAX_LEN`] by shortening the paragraphs the partner may edit, never
//! the link: the docs say the link must be left as-is, and a cut link is a broken request.

use super::email;

/// The longest `mailto:` URL we hand to the browser.
pub const MAX_LEN: usize = 2_000;

/// What marks a shortened paragraph.
const ELLIPSIS: &str = "…";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mailto {
    pub href: String,
    /// True when the editable paragraphs were shortened to fit (the full text is on screen, for
    /// Copy).
    pub shortened: bool,
}

/// `mailto:<to>?subject=…&body=…` with the paragraphs, then the link; None when even without the
/// paragraphs the subject and link are too long for a mail app. `to` is the recipient the
/// partner typed (already checked as an email address), or empty for none.
pub fn build(to: &str, subject: &str, paragraphs: &[&str], link: &str) -> Option<Mailto> {
    let to = address(to);
    let href = |limit: Option<usize>| {
        let cut: Vec<String> = paragraphs.iter().map(|p| shorten(p.trim(), limit)).collect();
        let cut: Vec<&str> = cut.iter().map(String::as_str).collect();
        format!("mailto:{to}?subject={}&body={}", encode(subject), encode(&email::body(&cut, link)))
    };
    let whole = href(None);
    if whole.len() <= MAX_LEN {
        return Some(Mailto { href: whole, shortened: false });
    }
    if href(Some(0)).len() > MAX_LEN {
        return None;
    }
    // The most characters per paragraph that still fit. `lo` always fits; the length grows with
    // the limit, give or take an ellipsis, so the search may settle a character short of the
    // best, never over the cap.
    let (mut lo, mut hi) = (0, paragraphs.iter().map(|p| p.trim().chars().count()).max().unwrap_or(0));
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        if href(Some(mid)).len() <= MAX_LEN {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    Some(Mailto { href: href(Some(lo)), shortened: true })
}

/// `text` cut to at most `limit` characters (then marked with an ellipsis); `Some(0)` drops it.
fn shorten(text: &str, limit: Option<usize>) -> String {
    match limit {
        Some(0) => String::new(),
        Some(n) if text.chars().count() > n => {
            let cut: String = text.chars().take(n).collect();
            format!("{}{ELLIPSIS}", cut.trim_end())
        }
        _ => text.to_string(),
    }
}

/// The recipient as RFC 6068 writes it: each side of the `@` percent-encoded, so a `?`, `&`,
/// `%` or `#` a valid local part may hold cannot start the headers or end the address.
fn address(to: &str) -> String {
    let to = to.trim();
    match to.rsplit_once('@') {
        Some((local, domain)) => format!("{}@{}", encode(local), encode(domain)),
        None => encode(to),
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters, so `&`, `=`, `#`, `%` and
/// `?` of the text (and of the link) cannot end the body or start another header. Every line
/// break (`\n`, `\r\n`, `\r`) becomes `%0D%0A`, as RFC 6068 requires.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("%0D%0A");
            }
            'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '.' | '_' | '~' => out.push(c),
            _ => {
                let mut buf = [0u8; 4];
                for b in c.encode_utf8(&mut buf).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    out
}

#[cfg(test)]
pub(super) fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    const LINK: &str = "https://portal.partner.microsoftonline.cn/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2a&msppId=0&DAP=true#/BillingAccounts/partner-invitation";

    /// The body parameter of a built URL, decoded.
    fn body_of(href: &str) -> String {
        decode(href.split_once("&body=").unwrap().1)
    }

    #[test]
    fn encodes_non_latin_text_as_utf8_bytes() {
        assert_eq!(encode("客户"), "%E5%AE%A2%E6%88%B7");
        assert_eq!(encode("고객 é"), "%EA%B3%A0%EA%B0%9D%20%C3%A9");
        assert_eq!(encode("😀"), "%F0%9F%98%80");
    }

    #[test]
    fn encodes_the_characters_that_would_end_a_header() {
        assert_eq!(encode("R&D #1 50% a=b?c+d"), "R%26D%20%231%2050%25%20a%3Db%3Fc%2Bd");
        assert_eq!(encode("safe-._~"), "safe-._~");
    }

    #[test]
    fn every_line_break_becomes_crlf() {
        assert_eq!(encode("a\nb\r\nc\rd\n\ne"), "a%0D%0Ab%0D%0Ac%0D%0Ad%0D%0A%0D%0Ae");
    }

    #[test]
    fn a_short_draft_goes_whole_with_the_link_intact() {
        let m = build("", "Request & reply", &["Dear customer,", "Select the link below."], LINK).unwrap();
        assert!(!m.shortened);
        assert!(m.href.starts_with("mailto:?subject=Request%20%26%20reply&body="));
        assert_eq!(body_of(&m.href), format!("Dear customer,\r\n\r\nSelect the link below.\r\n\r\n{LINK}"));
        // The link's own `&` and `#` are encoded, so the body does not end at them.
        assert_eq!(m.href.matches('&').count(), 1);
        assert!(!m.href.contains('#'));
    }

    #[test]
    fn a_long_draft_is_cut_in_the_paragraphs_never_in_the_link() {
        let long = "尊敬的客户，我们希望成为您的云解决方案提供商。".repeat(20);
        let m = build("", "请求建立经销商关系", &[&long, &long], LINK).unwrap();
        assert!(m.shortened);
        assert!(m.href.len() <= MAX_LEN, "{}", m.href.len());
        let body = body_of(&m.href);
        assert!(body.ends_with(&format!("\r\n\r\n{LINK}")), "{body}");
        let paragraphs: Vec<&str> = body.split("\r\n\r\n").collect();
        assert_eq!(paragraphs.len(), 3);
        assert!(paragraphs[0].ends_with('…') && paragraphs[1].ends_with('…'));
        assert!(long.starts_with(paragraphs[0].trim_end_matches('…')));
        // Close to the cap: the cut keeps as much of the text as fits.
        assert!(m.href.len() > MAX_LEN - 40, "{}", m.href.len());
    }

    #[test]
    fn a_link_too_long_for_any_mail_app_gives_no_url() {
        let link = format!("https://x.cn/{}", "a".repeat(MAX_LEN));
        assert_eq!(build("", "Subject", &["Hello"], &link), None);
    }

    #[test]
    fn the_recipient_goes_before_the_headers_encoded() {
        let m = build("it+sales@northwind-traders.com", "S", &["Hi"], "https://x.cn/").unwrap();
        assert!(m.href.starts_with("mailto:it%2Bsales@northwind-traders.com?subject=S&body="), "{}", m.href);
        let m = build("a?b&c#d@x.com", "S", &["Hi"], "https://x.cn/").unwrap();
        assert!(m.href.starts_with("mailto:a%3Fb%26c%23d@x.com?subject="), "{}", m.href);
    }

    #[test]
    fn deleted_paragraphs_leave_no_empty_lines() {
        let m = build("", "S", &["", "Only this"], "https://x.cn/").unwrap();
        assert_eq!(body_of(&m.href), "Only this\r\n\r\nhttps://x.cn/");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(128))]

        /// Whatever the paragraphs hold, the URL is within the cap, is all ASCII with nothing
        /// unencoded that could start a header, and its body ends with the whole link.
        #[test]
        fn any_draft_fits_and_keeps_the_link(
            subject in any_text(),
            p1 in any_text(),
            p2 in any_text(),
            path in "[A-Za-z0-9/?&=#%._~-]{0,300}",
            to in "([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,20}@[a-z0-9-]{1,20}(\\.[a-z]{2,6})?)?",
        ) {
            let link = format!("https://portal.partner.microsoftonline.cn/{path}");
            match build(&to, &subject, &[&p1, &p2], &link) {
                Some(m) => {
                    prop_assert!(m.href.len() <= MAX_LEN);
                    prop_assert!(m.href.bytes().all(|b| b.is_ascii_alphanumeric() || b"%-._~:?=&@".contains(&b)));
                    prop_assert_eq!(m.href.matches('&').count(), 1);
                    // The recipient is whole, before the one `?`.
                    prop_assert_eq!(m.href.matches('?').count(), 1);
                    let (to_part, _) = m.href["mailto:".len()..].split_once('?').unwrap();
                    prop_assert_eq!(decode(to_part), to.clone());
                    let body = decode(m.href.split_once("&body=").unwrap().1);
                    prop_assert!(body.ends_with(&link));
                    if !m.shortened {
                        let want = email::body(&[&p1, &p2], &link).replace("\r\n", "\n").replace('\r', "\n");
                        prop_assert_eq!(body.replace("\r\n", "\n"), want);
                    }
                }
                None => prop_assert!(address(&to).len() + encode(&subject).len() + encode(&link).len() > MAX_LEN - 30),
            }
        }

        /// Encoding round-trips any text (line breaks as CRLF).
        #[test]
        fn encoding_round_trips(text in any_text()) {
            let crlf = text.replace("\r\n", "\n").replace('\r', "\n").replace('\n', "\r\n");
            prop_assert_eq!(decode(&encode(&text)), crlf);
        }
    }
}
