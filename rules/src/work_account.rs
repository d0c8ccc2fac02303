//! The work account "Create one" makes: an organization domain (a label the partner picks plus
//! the cloud's suffix) and the admin's sign-in name in it (`admin@contoso.partner.onmschina.cn`).
//! The app checks as the partner types; the server checks again and builds the same names.

use super::Problem;

/// The two Partner Centers, as far as the work account is concerned. The app's and the server's
/// own `Cloud` types (which carry their wire, command-line and UI names) convert into this one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cloud {
    /// Partner Center operated by 21Vianet.
    China,
    Global,
}

/// Longest user name (the part before `@`) the contract accepts.
pub const USER_NAME_MAX: usize = 64;
/// Shortest and longest organization domain label.
pub const DOMAIN_LABEL_MIN: usize = 3;
pub const DOMAIN_LABEL_MAX: usize = 27;

/// What follows the label in a cloud's organization domains.
pub fn domain_suffix(cloud: Cloud) -> &'static str {
    match cloud {
        Cloud::China => ".partner.onmschina.cn",
        Cloud::Global => ".onmicrosoft.com",
    }
}

/// The label the partner types (`contoso`): 3 to 27 lower-case letters, digits or hyphens,
/// starting and ending with a letter or digit (`^[a-z0-9][a-z0-9-]{1,25}[a-z0-9]$`).
pub fn domain_label(label: &str) -> Result<(), Problem> {
    let b = label.as_bytes();
    let inner = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    if label.is_empty() {
        Err(Problem::Required)
    } else if b.len() > DOMAIN_LABEL_MAX {
        Err(Problem::TooLong)
    } else if b.len() < DOMAIN_LABEL_MIN
        || !inner(&b[0])
        || !inner(&b[b.len() - 1])
        || !b.iter().all(|c| inner(c) || *c == b'-')
    {
        Err(Problem::InvalidFormat)
    } else {
        Ok(())
    }
}

/// A user name (the part before `@`): dot-separated runs of letters, digits, `_`, `'` and `-`
/// (`^[A-Za-z0-9_'\-]+(\.[A-Za-z0-9_'\-]+)*$`), at most 64 characters.
pub fn user_name(name: &str) -> Result<(), Problem> {
    if name.is_empty() {
        Err(Problem::Required)
    } else if name.chars().count() > USER_NAME_MAX {
        Err(Problem::TooLong)
    } else if name
        .split('.')
        .all(|run| !run.is_empty() && run.bytes().all(|b| b.is_ascii_alphanumeric() || b"_'-".contains(&b)))
    {
        Ok(())
    } else {
        Err(Problem::InvalidFormat)
    }
}

/// The full organization domain for a label: `contoso` → `contoso.partner.onmschina.cn`.
pub fn organization_domain(label: &str, cloud: Cloud) -> String {
    format!("{}{}", label.trim(), domain_suffix(cloud))
}

/// The label of one of the cloud's organization domains (`contoso.onmicrosoft.com` →
/// `contoso`), unchecked; None when the domain does not end in the cloud's suffix.
pub fn label_of(domain: &str, cloud: Cloud) -> Option<&str> {
    domain.strip_suffix(domain_suffix(cloud))
}

/// The name the new admin signs in with: `admin@contoso.partner.onmschina.cn`.
pub fn sign_in_name(user: &str, label: &str, cloud: Cloud) -> String {
    format!("{}@{}", user.trim(), organization_domain(label, cloud))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_labels() {
        for ok in ["abc", "lanhai-data", "a1b", "0-0", &"a".repeat(27)] {
            assert_eq!(domain_label(ok), Ok(()), "{ok}");
        }
        assert_eq!(domain_label(""), Err(Problem::Required));
        assert_eq!(domain_label(&"a".repeat(28)), Err(Problem::TooLong));
        for bad in ["ab", "-abc", "abc-", "Contoso", "con.toso", "con toso", "蓝海数据", "con_toso"] {
            assert_eq!(domain_label(bad), Err(Problem::InvalidFormat), "{bad}");
        }
    }

    #[test]
    fn user_names() {
        for ok in ["admin", "lin.hai", "o'brien", "a_b-c", "A", &"a".repeat(64)] {
            assert_eq!(user_name(ok), Ok(()), "{ok}");
        }
        assert_eq!(user_name(""), Err(Problem::Required));
        assert_eq!(user_name(&"a".repeat(65)), Err(Problem::TooLong));
        for bad in [".admin", "admin.", "lin..hai", "lin hai", "admin@contoso", "管理员"] {
            assert_eq!(user_name(bad), Err(Problem::InvalidFormat), "{bad}");
        }
    }

    #[test]
    fn names_in_each_cloud() {
        assert_eq!(sign_in_name("admin", "contoso", Cloud::China), "admin@contoso.partner.onmschina.cn");
        assert_eq!(sign_in_name(" admin ", "contoso", Cloud::Global), "admin@contoso.onmicrosoft.com");
        assert_eq!(organization_domain("lanhai-data", Cloud::China), "lanhai-data.partner.onmschina.cn");
        assert_eq!(label_of("contoso.onmicrosoft.com", Cloud::Global), Some("contoso"));
        assert_eq!(label_of("contoso.onmicrosoft.com", Cloud::China), None);
        assert_eq!(label_of(".partner.onmschina.cn", Cloud::China), Some(""));
    }
}
