//! The draft email's text (pure): which link may go into it, and how its parts join.
//!
//! The link comes from the server, so it is untrusted: a customer will click it in an email that
//! carries the partner's name. Only a plain `https` URL is put in the draft; anything else (an
//! `http` or `javascript:` URL, a user name before the host that disguises where it leads, a
//! right-to-left override, spaces or control characters that would split it in a mail app) is
//! refused, and the page says the link could not be read.

/// The link as it goes into the draft, or None when it is not a URL a customer may be sent.
pub fn safe_link(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme = url.get(..8)?;
    if !scheme.eq_ignore_ascii_case("https://") {
        return None;
    }
    // Printable ASCII only, and none of the characters RFC 3986 never allows in a URL: a
    // non-ASCII look-alike or a direction override could make the text say another address.
    if !url.bytes().all(|b| b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b)) {
        return None;
    }
    let rest = &url[8..];
    let authority = &rest[..rest.find(['/', '?', '#']).unwrap_or(rest.len())];
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (authority, None),
    };
    let host_ok = !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    let port_ok = port.is_none_or(|p| !p.is_empty() && p.len() <= 5 && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then_some(url)
}

/// The link as it goes into the draft, from a server link that may be a path of this app
/// (`/indirect-providers/accept/…`, as the invitations give it): a path is joined to `origin`,
/// the page's own (`location.origin`, `http` on a developer's machine), which is where the app
/// the recipient must open is. Anything else must pass [`safe_link`]. None when neither fits.
pub fn absolute_link(origin: &str, url: &str) -> Option<String> {
    let url = url.trim();
    if url.starts_with('/') && !url.starts_with("//") {
        let host = origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://"))?;
        let path_ok = url.bytes().all(|b| b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b));
        let host_ok = !host.is_empty() && host.bytes().all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
        return (path_ok && host_ok).then(|| format!("{origin}{url}"));
    }
    safe_link(url).map(str::to_string)
}

/// The body of the email: the paragraphs the partner may edit (blank ones left out), then the
/// link on its own, each separated by an empty line.
pub fn body(paragraphs: &[&str], link: &str) -> String {
    let mut parts: Vec<&str> = paragraphs.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
    parts.push(link);
    parts.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVER_LINK: &str = "https://portal.partner.microsoftonline.cn/Adminportal/Home?invType=ResellerRelationship&partnerId=3f2a&msppId=0&DAP=true#/BillingAccounts/partner-invitation";

    #[test]
    fn the_servers_link_is_kept_as_it_is() {
        assert_eq!(safe_link(SERVER_LINK), Some(SERVER_LINK));
        assert_eq!(safe_link(&format!("  {SERVER_LINK}\n")), Some(SERVER_LINK));
        assert_eq!(safe_link("HTTPS://admin.microsoft.com:443/x"), Some("HTTPS://admin.microsoft.com:443/x"));
        assert_eq!(safe_link("https://admin.microsoft.com"), Some("https://admin.microsoft.com"));
    }

    #[test]
    fn anything_but_a_plain_https_url_is_refused() {
        for bad in [
            "",
            "https://",
            "http://admin.microsoft.com/x",
            "javascript:alert(1)",
            "mailto:someone@contoso.com",
            "//admin.microsoft.com/x",
            "https://admin.microsoft.com@evil.example/x",
            "https://admin.microsoft.com/x y",
            "https://admin.microsoft.com/\u{202E}gpj.exe",
            "https://аdmin.microsoft.com/x",
            "https://admin.microsoft.com/<script>",
            "https://admin..microsoft.com/",
            "https://-admin.microsoft.com/",
            "https://admin.microsoft.com:/x",
            "https://admin.microsoft.com:99999999/x",
            "https://admin.microsoft.com/x\r\nBcc: all@contoso.com",
        ] {
            assert_eq!(safe_link(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_path_of_this_app_joins_the_pages_origin() {
        let path = "/indirect-providers/accept/demo-invite-northwind-7Qm2";
        assert_eq!(
            absolute_link("https://partner.contoso.com", path).as_deref(),
            Some("https://partner.contoso.com/indirect-providers/accept/demo-invite-northwind-7Qm2")
        );
        assert_eq!(
            absolute_link("http://127.0.0.1:8091", path).as_deref(),
            Some("http://127.0.0.1:8091/indirect-providers/accept/demo-invite-northwind-7Qm2")
        );
        assert_eq!(absolute_link("https://x.cn", SERVER_LINK).as_deref(), Some(SERVER_LINK));
        for bad in
            ["//evil.example/x", "/a b", "/a\nBcc: x", "http://evil.example/x", "javascript:alert(1)", "/\u{202E}x"]
        {
            assert_eq!(absolute_link("https://x.cn", bad), None, "{bad:?}");
        }
        // Without an origin the page can vouch for, a path stays out of the draft.
        assert_eq!(absolute_link("null", path), None);
        assert_eq!(absolute_link("https://x.cn/base", path), None);
    }

    #[test]
    fn the_body_leaves_out_deleted_paragraphs_and_ends_with_the_link() {
        assert_eq!(
            body(&["Dear customer,", " To accept… "], "https://x.cn/a"),
            "Dear customer,\n\nTo accept…\n\nhttps://x.cn/a"
        );
        assert_eq!(body(&["", "  "], "https://x.cn/a"), "https://x.cn/a");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever path the server sends, the draft gets a link on the page's origin or none,
        /// and what it gets is one unbroken run of printable ASCII.
        #[test]
        fn any_path_is_judged(text in any_text()) {
            for candidate in [text.clone(), format!("/{text}")] {
                if let Some(link) = absolute_link("https://partner.contoso.com", &candidate) {
                    prop_assert!(link.starts_with("https://"));
                    prop_assert!(link.bytes().all(|b| b.is_ascii_graphic()));
                }
            }
        }

        /// Whatever the server sends, the check answers without a panic, and what it lets
        /// through is an https URL of printable ASCII.
        #[test]
        fn any_text_is_judged(text in any_text(), tail in any_text()) {
            for candidate in [text.clone(), format!("https://{text}"), format!("https://x.cn/{tail}")] {
                if let Some(link) = safe_link(&candidate) {
                    prop_assert!(link.to_ascii_lowercase().starts_with("https://"));
                    prop_assert!(link.bytes().all(|b| b.is_ascii_graphic()));
                }
            }
        }
    }
}
