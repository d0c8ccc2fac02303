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
    web_mail_service(input).is_some()
        || input
            .trim()
            .rsplit_once('@')
            .is_some_and(|(_, d)| PERSONAL_DOMAINS.contains(&d.to_ascii_lowercase().as_str()))
}

/// The Web-based e-mail services the global indirect reseller program names: "we don't accept
/// email addresses from Web-based email services such as Gmail, Yahoo! Mail, iCloud Mail, AOL
/// Mail, or Outlook Mail" (GL17/indirect-reseller-tasks-in-partner-center).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebMail {
    Gmail,
    Yahoo,
    ICloud,
    Aol,
    Outlook,
}

impl WebMail {
    /// The service's name as the docs write it.
    pub fn name(self) -> &'static str {
        match self {
            WebMail::Gmail => "Gmail",
            WebMail::Yahoo => "Yahoo! Mail",
            WebMail::ICloud => "iCloud Mail",
            WebMail::Aol => "AOL Mail",
            WebMail::Outlook => "Outlook Mail",
        }
    }
}

/// The field code of a refused Web-based address (server and app).
pub const WEB_MAIL_CODE: &str = "personal_email";
/// The docs' sentence, for the message next to the field.
pub const WEB_MAIL_MESSAGE: &str = "We don't accept email addresses from Web-based email services such as Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, or Outlook Mail.";

/// Whether `rest` (what follows the service's own label) is a country or generic ending such as
/// `com`, `fr`, `co.uk` or `com.cn`: one or two labels of 2 or 3 letters. `yahoo.contoso.com` is
/// somebody else's domain and does not count.
fn service_ending(rest: &str) -> bool {
    let labels: Vec<&str> = rest.split('.').collect();
    (1..=2).contains(&labels.len())
        && labels.iter().all(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// Which Web-based e-mail service an address is from, if any: Gmail (gmail.com, googlemail.com),
/// Yahoo! Mail (yahoo.* such as yahoo.com, yahoo.co.jp; ymail.com, rocketmail.com), iCloud Mail
/// (icloud.com, me.com, mac.com), AOL Mail (aol.*, aim.com) and Outlook Mail (outlook.*,
/// hotmail.*, live.*, msn.com, windowslive.com, passport.com). Case-insensitive; surrounding
/// spaces ignored; anything that is not an address is None.
pub fn web_mail_service(input: &str) -> Option<WebMail> {
    let (_, domain) = input.trim().rsplit_once('@')?;
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let exact = match domain.as_str() {
        "gmail.com" | "googlemail.com" => Some(WebMail::Gmail),
        "ymail.com" | "rocketmail.com" => Some(WebMail::Yahoo),
        "icloud.com" | "me.com" | "mac.com" => Some(WebMail::ICloud),
        "aim.com" => Some(WebMail::Aol),
        "msn.com" | "windowslive.com" | "passport.com" => Some(WebMail::Outlook),
        _ => None,
    };
    if exact.is_some() {
        return exact;
    }
    let (first, rest) = domain.split_once('.')?;
    if !service_ending(rest) {
        return None;
    }
    match first {
        "yahoo" => Some(WebMail::Yahoo),
        "aol" => Some(WebMail::Aol),
        "outlook" | "hotmail" | "live" => Some(WebMail::Outlook),
        "gmail" => Some(WebMail::Gmail),
        _ => None,
    }
}

/// The global program's primary-contact rule: Ok, or `Problem::InvalidValue` for a Web-based
/// address (answered with [`WEB_MAIL_CODE`] and [`WEB_MAIL_MESSAGE`]). The address's format is
/// [`email`]'s to check.
pub fn organization_email(input: &str) -> Result<(), Problem> {
    if web_mail_service(input).is_some() { Err(Problem::InvalidValue) } else { Ok(()) }
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
    fn web_based_email_services() {
        let cases = [
            ("a@gmail.com", WebMail::Gmail),
            ("a@GoogleMail.com", WebMail::Gmail),
            ("a@yahoo.com", WebMail::Yahoo),
            ("a@yahoo.co.jp", WebMail::Yahoo),
            ("a@yahoo.fr", WebMail::Yahoo),
            ("a@yahoo.com.cn", WebMail::Yahoo),
            ("a@ymail.com", WebMail::Yahoo),
            ("a@icloud.com", WebMail::ICloud),
            ("a@me.com", WebMail::ICloud),
            ("a@mac.com", WebMail::ICloud),
            ("a@aol.com", WebMail::Aol),
            ("a@aol.fr", WebMail::Aol),
            ("a@outlook.com", WebMail::Outlook),
            ("a@outlook.fr", WebMail::Outlook),
            ("a@hotmail.com", WebMail::Outlook),
            ("a@hotmail.co.uk", WebMail::Outlook),
            ("a@live.com", WebMail::Outlook),
            ("a@live.fr", WebMail::Outlook),
            (" a@MSN.com ", WebMail::Outlook),
        ];
        for (address, service) in cases {
            assert_eq!(web_mail_service(address), Some(service), "{address}");
            assert_eq!(organization_email(address), Err(Problem::InvalidValue), "{address}");
            assert!(is_personal_email(address), "{address}");
        }
        for ok in [
            "nancy@northwind.example.com",
            "a@yahoo.contoso.com",
            "a@live.fabrikam.com",
            "a@outlookfabrikam.com",
            "a@mygmail.com",
            "a@qq.com",
            "not an address",
            "@",
            "a@",
            "王@例子.中国",
        ] {
            assert_eq!(web_mail_service(ok), None, "{ok}");
        }
        assert_eq!(organization_email("a@fabrikam.com"), Ok(()));
        assert_eq!(WebMail::Yahoo.name(), "Yahoo! Mail");
        assert!(WEB_MAIL_MESSAGE.contains("Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, or Outlook Mail"));
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
            let _ = web_mail_service(&s);
            let _ = organization_email(&s);
            let _ = web_address(&s);
            let _ = https_address(&s);
            let _ = postal_code(&c, &s);
            let _ = mpn_id(&s);
        }
    }
}
