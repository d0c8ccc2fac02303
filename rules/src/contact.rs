//! E-mail addresses, web addresses, postal codes and MPN IDs.

use super::Problem;

/// The WHATWG "valid e-mail address" (what `<input type=email>` accepts), checked by hand: a
/// regex engine would cost more wasm than the whole rule.
pub fn email(input: &str) -> Result<(), Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::Required);
    }
    if v.chars().count() > 254 {
        return Err(Problem::TooLong);
    }
    let (local, domain) = v.split_once('@').ok_or(Problem::InvalidFormat)?;
    let local_ok =
        !local.is_empty() && local.chars().all(|c| c.is_ascii_alphanumeric() || ".!#$%&'*+/=?^_`{|}~-".contains(c));
    let domain_ok = !domain.is_empty()
        && domain.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    if local_ok && domain_ok { Ok(()) } else { Err(Problem::InvalidFormat) }
}

/// Web-mail services whose addresses do not show that the person belongs to the organization
/// (the global program refuses them; the China enrollment warns).
const PERSONAL_DOMAINS: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.com.cn",
    "ymail.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "qq.com",
    "foxmail.com",
    "163.com",
    "126.com",
    "yeah.net",
    "sina.com",
    "sina.cn",
    "sohu.com",
    "aliyun.com",
    "139.com",
    "189.cn",
    "naver.com",
    "daum.net",
    "hanmail.net",
    "orange.fr",
    "free.fr",
    "laposte.net",
    "gmx.com",
    "proton.me",
    "protonmail.com",
];

pub fn is_personal_email(input: &str) -> bool {
    input.trim().rsplit_once('@').is_some_and(|(_, d)| PERSONAL_DOMAINS.contains(&d.to_ascii_lowercase().as_str()))
}

/// An absolute http(s) address with a host that has a dot (a support site partners' customers
/// can reach). The browser's own URL parser confirms it in the app (`web_sys::Url`).
pub fn web_address(input: &str) -> Result<(), Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::Required);
    }
    if v.chars().count() > 2048 {
        return Err(Problem::TooLong);
    }
    let rest = v.strip_prefix("https://").or_else(|| v.strip_prefix("http://")).ok_or(Problem::InvalidFormat)?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or("");
    let ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !v.chars().any(|c| c.is_whitespace() || c.is_control());
    if ok { Ok(()) } else { Err(Problem::InvalidFormat) }
}

/// A web address that must be `https://` (a support site shown to customers): `web_address`
/// and the secure scheme.
pub fn https_address(input: &str) -> Result<(), Problem> {
    web_address(input)?;
    if input.trim().starts_with("https://") { Ok(()) } else { Err(Problem::InvalidFormat) }
}

/// Postal codes by ISO country: China 6 digits, US ZIP or ZIP+4, Korea 5 digits, France 5
/// digits; elsewhere 2 to 10 letters, digits, spaces or hyphens.
pub fn postal_code(country: &str, input: &str) -> Result<(), Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::Required);
    }
    let digits = |n: usize, s: &str| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let ok = match country.to_ascii_uppercase().as_str() {
        "CN" => digits(6, v),
        // Split at the hyphen, never at a byte index: a 10-byte value can hold multi-byte
        // characters, and slicing one apart panics (a panic aborts the whole app in wasm).
        "US" => digits(5, v) || v.split_once('-').is_some_and(|(zip, plus4)| digits(5, zip) && digits(4, plus4)),
        "KR" | "FR" | "DE" => digits(5, v),
        _ => (2..=10).contains(&v.len()) && v.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-'),
    };
    if ok { Ok(()) } else { Err(Problem::InvalidFormat) }
}

/// An MPN ID: digits only (an integer in the API), here 5 to 10 of them; whether it exists is
/// the backend's lookup to say.
pub fn mpn_id(input: &str) -> Result<(), Problem> {
    let v = input.trim();
    if v.is_empty() {
        return Err(Problem::Required);
    }
    if (5..=10).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Problem::InvalidFormat)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn emails() {
        for ok in ["wang.lihua@fabrikam-sh.cn", "a+b@x.co", " x@y.z "] {
            assert_eq!(email(ok), Ok(()), "{ok}");
        }
        for bad in ["x", "@y.z", "x@", "x@-y.z", "x@y..z", "x y@z.cn", "王@例子.中国"] {
            assert_eq!(email(bad), Err(Problem::InvalidFormat), "{bad}");
        }
        assert!(is_personal_email("someone@QQ.com"));
        assert!(is_personal_email("someone@gmail.com"));
        assert!(!is_personal_email("someone@fabrikam.cn"));
    }

    #[test]
    fn web_addresses() {
        for ok in ["https://fabrikam.cn/support", "http://support.fabrikam.com:8080/a?b#c"] {
            assert_eq!(web_address(ok), Ok(()), "{ok}");
        }
        for bad in [
            "fabrikam.cn",
            "ftp://fabrikam.cn",
            "https://localhost",
            "https://fab rikam.cn",
            "javascript:alert(1)",
            "https://.cn",
        ] {
            assert_eq!(web_address(bad), Err(Problem::InvalidFormat), "{bad}");
        }
    }

    #[test]
    fn https_addresses() {
        assert_eq!(https_address("https://www.fabrikam.cn/support"), Ok(()));
        assert_eq!(https_address("http://www.fabrikam.cn"), Err(Problem::InvalidFormat));
        assert_eq!(https_address("https://localhost"), Err(Problem::InvalidFormat));
        assert_eq!(https_address(""), Err(Problem::Required));
    }

    #[test]
    fn postal_codes_and_mpn_ids() {
        assert_eq!(postal_code("CN", "200120"), Ok(()));
        assert_eq!(postal_code("cn", "20012"), Err(Problem::InvalidFormat));
        assert_eq!(postal_code("US", "98052-6399"), Ok(()));
        assert_eq!(postal_code("US", "9805"), Err(Problem::InvalidFormat));
        assert_eq!(postal_code("GB", "SW1A 1AA"), Ok(()));
        assert_eq!(postal_code("CN", ""), Err(Problem::Required));
        assert_eq!(mpn_id("4390934"), Ok(()));
        assert_eq!(mpn_id("43909a4"), Err(Problem::InvalidFormat));
        assert_eq!(mpn_id("1234"), Err(Problem::InvalidFormat));
    }

    proptest! {
        #[test]
        fn no_input_panics(s in "\\PC{0,60}", c in "[A-Za-z]{0,3}") {
            let _ = email(&s);
            let _ = is_personal_email(&s);
            let _ = web_address(&s);
            let _ = https_address(&s);
            let _ = postal_code(&c, &s);
            let _ = mpn_id(&s);
        }
    }
}
