//! The Account info fields, once: each one's contract path (also its DOM id, so a server error's
//! `field` finds its input), its label, its rule in this cloud and the check beyond the rule
//! (the domain's letters, the postal code by country, the cultures of the cloud, the agreement
//! date). The step rules read the same table, so "may the partner go on" and "what the field
//! says" cannot disagree. Pure, so tested natively.

use super::draft::Draft;
use crate::form::Rule;
use crate::locale::Cloud;
use crate::validate::{Problem, account, contact, phone};

/// One field of Account info (the agreement's included).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    CompanyName,
    Domain,
    FirstName,
    LastName,
    Email,
    Phone,
    Country,
    State,
    City,
    AddressLine1,
    AddressLine2,
    PostalCode,
    Culture,
    Language,
    McaAccepted,
    McaDate,
    McaFirstName,
    McaLastName,
    McaEmail,
    McaPhone,
}

/// The longest domain prefix the contract takes.
pub const DOMAIN_MAX: usize = 27;
const NAME: Rule = Rule::Text { max: 50 };

/// Cultures a customer may have in each cloud (the contract: China zh-CN or en-US only).
pub const CHINA_CULTURES: [&str; 2] = ["zh-CN", "en-US"];
pub const GLOBAL_CULTURES: [&str; 15] = [
    "en-US", "en-GB", "en-AU", "en-CA", "fr-FR", "fr-CA", "de-DE", "es-ES", "it-IT", "ja-JP", "ko-KR", "zh-TW",
    "zh-CN", "pt-BR", "nl-NL",
];
/// Languages (ISO 639-1) offered with them.
pub const CHINA_LANGUAGES: [&str; 2] = ["zh", "en"];
pub const GLOBAL_LANGUAGES: [&str; 10] = ["en", "fr", "de", "es", "it", "ja", "ko", "zh", "pt", "nl"];

pub fn cultures(cloud: Cloud) -> &'static [&'static str] {
    match cloud {
        Cloud::China => &CHINA_CULTURES,
        Cloud::Global => &GLOBAL_CULTURES,
    }
}

pub fn languages(cloud: Cloud) -> &'static [&'static str] {
    match cloud {
        Cloud::China => &CHINA_LANGUAGES,
        Cloud::Global => &GLOBAL_LANGUAGES,
    }
}

/// The language that goes with a culture (`zh-CN` → `zh`).
pub fn language_of(culture: &str) -> String {
    culture.split('-').next().unwrap_or_default().to_ascii_lowercase()
}

impl Key {
    /// The fields of Account info in this cloud, in the order the page shows them (and the
    /// error summary lists them). The agreement is the global cloud's only.
    pub fn all(cloud: Cloud) -> &'static [Key] {
        use Key::*;
        // The agreement's six come last: China's fields are the same list without them.
        const ALL: [Key; 20] = [
            CompanyName,
            Domain,
            FirstName,
            LastName,
            Email,
            Phone,
            Country,
            State,
            City,
            AddressLine1,
            AddressLine2,
            PostalCode,
            Culture,
            Language,
            McaAccepted,
            McaDate,
            McaFirstName,
            McaLastName,
            McaEmail,
            McaPhone,
        ];
        match cloud {
            Cloud::China => &ALL[..14],
            Cloud::Global => &ALL,
        }
    }

    /// The contract's path: `companyProfile.domain`, `billingProfile.defaultAddress.city`; the
    /// agreement's as `POST .../agreements` names them.
    pub fn path(self) -> &'static str {
        match self {
            Key::CompanyName => "billingProfile.companyName",
            Key::Domain => "companyProfile.domain",
            Key::FirstName => "billingProfile.defaultAddress.firstName",
            Key::LastName => "billingProfile.defaultAddress.lastName",
            Key::Email => "billingProfile.email",
            Key::Phone => "billingProfile.defaultAddress.phoneNumber",
            Key::Country => "billingProfile.defaultAddress.country",
            Key::State => "billingProfile.defaultAddress.state",
            Key::City => "billingProfile.defaultAddress.city",
            Key::AddressLine1 => "billingProfile.defaultAddress.addressLine1",
            Key::AddressLine2 => "billingProfile.defaultAddress.addressLine2",
            Key::PostalCode => "billingProfile.defaultAddress.postalCode",
            Key::Culture => "billingProfile.culture",
            Key::Language => "billingProfile.language",
            Key::McaAccepted => "mcaAccepted",
            Key::McaDate => "dateAgreed",
            Key::McaFirstName => "primaryContact.firstName",
            Key::McaLastName => "primaryContact.lastName",
            Key::McaEmail => "primaryContact.email",
            Key::McaPhone => "primaryContact.phoneNumber",
        }
    }

    pub fn label(self, cloud: Cloud) -> &'static str {
        match self {
            Key::CompanyName => "customers-add-company-name",
            Key::Domain => "customers-add-domain",
            Key::FirstName | Key::McaFirstName => "customers-add-first-name",
            Key::LastName | Key::McaLastName => "customers-add-last-name",
            Key::Email | Key::McaEmail => "customers-add-email",
            Key::Phone | Key::McaPhone => "customers-add-phone",
            Key::Country => "customers-add-country",
            Key::State if cloud == Cloud::China => "customers-add-province",
            Key::State => "customers-add-state",
            Key::City => "customers-add-city",
            Key::AddressLine1 => "customers-add-address-line1",
            Key::AddressLine2 => "customers-add-address-line2",
            Key::PostalCode => "customers-add-postal-code",
            Key::Culture => "customers-add-culture",
            Key::Language => "customers-add-language",
            Key::McaAccepted => "customers-add-mca-accepted",
            Key::McaDate => "customers-add-mca-date",
        }
    }

    /// The rule the field's own input is held to. The agreement's contact is checked only once
    /// the partner chose Update (until then it is the primary contact): see [`Key::extra`].
    pub fn rule(self, cloud: Cloud) -> Rule {
        match self {
            Key::CompanyName | Key::FirstName | Key::LastName => NAME,
            Key::Domain => Rule::Text { max: DOMAIN_MAX },
            Key::Email => Rule::Email,
            Key::Phone if cloud == Cloud::China => Rule::ChinaPhone,
            Key::Phone => Rule::Phone,
            Key::Country => Rule::Text { max: 2 },
            // A China address always names its province; elsewhere many have no state.
            Key::State if cloud == Cloud::China => Rule::Text { max: 100 },
            Key::State => Rule::Optional { max: 100 },
            Key::City => Rule::Text { max: 100 },
            Key::AddressLine1 => Rule::Text { max: 200 },
            Key::AddressLine2 => Rule::Optional { max: 200 },
            Key::PostalCode => Rule::Text { max: 20 },
            Key::Culture | Key::Language => Rule::Text { max: 10 },
            Key::McaAccepted => Rule::Text { max: 3 },
            Key::McaDate => Rule::Text { max: 10 },
            Key::McaFirstName | Key::McaLastName => Rule::Optional { max: 50 },
            Key::McaEmail => Rule::Optional { max: 254 },
            Key::McaPhone => Rule::Optional { max: 20 },
        }
    }

    /// The page's own words for the rule's problems, where the generic ones would not fit.
    pub fn wording(self) -> Option<fn(Problem) -> &'static str> {
        match self {
            Key::McaAccepted => Some(|_| "customers-add-error-mca-accepted"),
            Key::McaDate => Some(|p| match p {
                Problem::Required => "customers-add-error-mca-date-required",
                _ => "customers-add-error-mca-date",
            }),
            Key::Culture | Key::Language | Key::Country => Some(|_| "customers-add-error-choose"),
            _ => None,
        }
    }

    /// The message id for a problem the rule found.
    pub fn rule_message(self, cloud: Cloud, p: Problem) -> &'static str {
        match self.wording() {
            Some(w) => w(p),
            None => self.rule(cloud).message_id(p),
        }
    }

    /// The check beyond the rule, once the rule passed: the same words whether the app or the
    /// server finds the problem.
    pub fn extra(self, cloud: Cloud, value: &str, ctx: &Context) -> Option<&'static str> {
        let v = value.trim();
        match self {
            Key::Domain => domain_problem(v),
            Key::Country => country_problem(cloud, v),
            Key::PostalCode => contact::postal_code(&ctx.country, v).err().map(|_| postal_message(&ctx.country)),
            Key::Culture => (!cultures(cloud).contains(&v)).then_some("customers-add-error-choose"),
            Key::Language => (!languages(cloud).contains(&v)).then_some("customers-add-error-choose"),
            Key::McaDate => date_problem(v, &ctx.today),
            Key::McaFirstName | Key::McaLastName if ctx.mca_custom && v.is_empty() => Some("form-error-required"),
            Key::McaEmail if ctx.mca_custom => match contact::email(v) {
                Err(Problem::Required) => Some("form-error-required"),
                Err(_) => Some("form-error-email"),
                Ok(()) => None,
            },
            Key::McaPhone if ctx.mca_custom && !v.is_empty() => phone::contact(v).err().map(|_| "form-error-phone"),
            _ => None,
        }
    }

    /// What is wrong with `value` (rule, then the check beyond it), as a message id.
    pub fn problem(self, cloud: Cloud, value: &str, ctx: &Context) -> Option<&'static str> {
        match self.rule(cloud).check(value) {
            Err(p) => Some(self.rule_message(cloud, p)),
            Ok(()) => self.extra(cloud, value, ctx),
        }
    }

    /// Where the value lives in the draft.
    pub fn get(self, d: &Draft) -> &String {
        match self {
            Key::CompanyName => &d.company_name,
            Key::Domain => &d.domain,
            Key::FirstName => &d.first_name,
            Key::LastName => &d.last_name,
            Key::Email => &d.email,
            Key::Phone => &d.phone,
            Key::Country => &d.country,
            Key::State => &d.state,
            Key::City => &d.city,
            Key::AddressLine1 => &d.address_line1,
            Key::AddressLine2 => &d.address_line2,
            Key::PostalCode => &d.postal_code,
            Key::Culture => &d.culture,
            Key::Language => &d.language,
            Key::McaAccepted => &d.mca_accepted,
            Key::McaDate => &d.mca_date,
            Key::McaFirstName => &d.mca_first_name,
            Key::McaLastName => &d.mca_last_name,
            Key::McaEmail => &d.mca_email,
            Key::McaPhone => &d.mca_phone,
        }
    }

    pub fn get_mut(self, d: &mut Draft) -> &mut String {
        match self {
            Key::CompanyName => &mut d.company_name,
            Key::Domain => &mut d.domain,
            Key::FirstName => &mut d.first_name,
            Key::LastName => &mut d.last_name,
            Key::Email => &mut d.email,
            Key::Phone => &mut d.phone,
            Key::Country => &mut d.country,
            Key::State => &mut d.state,
            Key::City => &mut d.city,
            Key::AddressLine1 => &mut d.address_line1,
            Key::AddressLine2 => &mut d.address_line2,
            Key::PostalCode => &mut d.postal_code,
            Key::Culture => &mut d.culture,
            Key::Language => &mut d.language,
            Key::McaAccepted => &mut d.mca_accepted,
            Key::McaDate => &mut d.mca_date,
            Key::McaFirstName => &mut d.mca_first_name,
            Key::McaLastName => &mut d.mca_last_name,
            Key::McaEmail => &mut d.mca_email,
            Key::McaPhone => &mut d.mca_phone,
        }
    }
}

/// What a field's check reads besides its own value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Context {
    /// The address's country (the postal code follows it).
    pub country: String,
    /// Whether the agreement's contact was changed from the primary contact.
    pub mca_custom: bool,
    /// Today, `YYYY-MM-DD`, in the partner's calendar.
    pub today: String,
}

impl Context {
    pub fn of(d: &Draft, today: &str) -> Context {
        Context { country: d.country.trim().to_string(), mca_custom: d.mca_custom, today: today.to_string() }
    }
}

/// The defaults a new wizard starts with: the cloud's country and the culture of the UI
/// language when the cloud offers it.
pub fn defaults(cloud: Cloud, ui_culture: &str) -> Draft {
    let culture = if cultures(cloud).contains(&ui_culture) { ui_culture } else { cultures(cloud)[0] };
    Draft {
        country: match cloud {
            Cloud::China => "CN".into(),
            Cloud::Global => "US".into(),
        },
        culture: culture.to_string(),
        language: language_of(culture),
        ..Draft::default()
    }
}

/// Account info's problems in the draft, as (path, message id), in the page's order.
pub fn account_problems(cloud: Cloud, d: &Draft, today: &str) -> Vec<(&'static str, &'static str)> {
    let ctx = Context::of(d, today);
    Key::all(cloud).iter().filter_map(|k| k.problem(cloud, k.get(d), &ctx).map(|m| (k.path(), m))).collect()
}

/// The domain prefix: 1 to 27 letters or digits (the contract's pattern; the server lowers it).
pub fn domain_problem(prefix: &str) -> Option<&'static str> {
    let ok = !prefix.is_empty() && prefix.len() <= DOMAIN_MAX && prefix.bytes().all(|b| b.is_ascii_alphanumeric());
    (!ok).then_some("customers-add-error-domain")
}

/// A country the cloud's customers may be in: China's are in CN, the global cloud's anywhere
/// else (China is Partner Center operated by 21Vianet's).
pub fn country_problem(cloud: Cloud, code: &str) -> Option<&'static str> {
    if account::country(code).is_err() {
        return Some("customers-add-error-choose");
    }
    match (cloud, code) {
        (Cloud::China, "CN") => None,
        (Cloud::China, _) => Some("customers-add-error-country-china"),
        (Cloud::Global, "CN") => Some("customers-add-error-country-global"),
        (Cloud::Global, _) => None,
    }
}

/// China's postal codes have their own words; others follow their country's format.
pub fn postal_message(country: &str) -> &'static str {
    if country.eq_ignore_ascii_case("CN") { "form-error-postal-code" } else { "customers-add-error-postal-code" }
}

/// The agreement acceptance date: a real calendar day (`YYYY-MM-DD`, as the date input gives
/// it) that is not after `today` ("cannot be in the future").
pub fn date_problem(value: &str, today: &str) -> Option<&'static str> {
    let v = value.trim();
    if v.is_empty() {
        return Some("customers-add-error-mca-date-required");
    }
    if !is_day(v) {
        return Some("customers-add-error-mca-date");
    }
    // Both are YYYY-MM-DD: text order is calendar order.
    (is_day(today) && v > today).then_some("customers-add-error-mca-date-future")
}

fn is_day(v: &str) -> bool {
    let b = v.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num =
        |r: std::ops::Range<usize>| v.get(r).filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?.parse::<u32>().ok();
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else { return false };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y >= 1900 && (1..=days).contains(&d)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    pub const TODAY: &str = "2026-12-04";

    pub fn good(cloud: Cloud) -> Draft {
        let mut d = defaults(cloud, "en-US");
        d.company_name = "上海云帆软件有限公司".into();
        d.domain = "yunfansoft".into();
        d.first_name = "芳".into();
        d.last_name = "林".into();
        d.email = "lin.fang@yunfansoft.cn".into();
        d.city = "上海".into();
        d.address_line1 = "浦东新区世纪大道 100 号".into();
        match cloud {
            Cloud::China => {
                d.phone = "+86 138 1234 5678".into();
                d.state = "上海市".into();
                d.postal_code = "200120".into();
            }
            Cloud::Global => {
                d.phone = "+1 425 555 0100".into();
                d.postal_code = "98052-6399".into();
                d.mca_accepted = "yes".into();
                d.mca_date = "2026-12-01".into();
            }
        }
        d
    }

    #[test]
    fn a_complete_account_is_valid_in_each_cloud() {
        assert_eq!(account_problems(Cloud::China, &good(Cloud::China), TODAY), vec![]);
        assert_eq!(account_problems(Cloud::Global, &good(Cloud::Global), TODAY), vec![]);
    }

    #[test]
    fn an_empty_account_names_every_required_field_in_page_order() {
        let d = defaults(Cloud::China, "zh-CN");
        let p: Vec<&str> = account_problems(Cloud::China, &d, TODAY).into_iter().map(|(f, _)| f).collect();
        assert_eq!(
            p,
            [
                "billingProfile.companyName",
                "companyProfile.domain",
                "billingProfile.defaultAddress.firstName",
                "billingProfile.defaultAddress.lastName",
                "billingProfile.email",
                "billingProfile.defaultAddress.phoneNumber",
                "billingProfile.defaultAddress.state",
                "billingProfile.defaultAddress.city",
                "billingProfile.defaultAddress.addressLine1",
                "billingProfile.defaultAddress.postalCode",
            ]
        );
    }

    #[test]
    fn each_cloud_has_its_own_address_rules() {
        let mut d = good(Cloud::China);
        d.postal_code = "20012".into();
        d.phone = "+1 425 555 0100".into();
        d.culture = "fr-FR".into();
        let p = account_problems(Cloud::China, &d, TODAY);
        assert!(p.contains(&("billingProfile.defaultAddress.postalCode", "form-error-postal-code")));
        assert!(p.contains(&("billingProfile.defaultAddress.phoneNumber", "form-error-china-phone")));
        assert!(p.contains(&("billingProfile.culture", "customers-add-error-choose")));
        d.country = "US".into();
        assert!(
            account_problems(Cloud::China, &d, TODAY)
                .contains(&("billingProfile.defaultAddress.country", "customers-add-error-country-china"))
        );

        let mut g = good(Cloud::Global);
        g.country = "CN".into();
        assert!(
            account_problems(Cloud::Global, &g, TODAY)
                .contains(&("billingProfile.defaultAddress.country", "customers-add-error-country-global"))
        );
        g.country = "DE".into();
        g.postal_code = "98052".into();
        assert_eq!(account_problems(Cloud::Global, &g, TODAY), vec![]);
        g.postal_code = "9805".into();
        assert_eq!(
            account_problems(Cloud::Global, &g, TODAY),
            vec![("billingProfile.defaultAddress.postalCode", "customers-add-error-postal-code")]
        );
        // The province is optional outside China.
        g.postal_code = "10115".into();
        g.state = String::new();
        assert_eq!(account_problems(Cloud::Global, &g, TODAY), vec![]);
    }

    #[test]
    fn the_domain_prefix_is_1_to_27_letters_or_digits() {
        assert_eq!(domain_problem("a"), None);
        assert_eq!(domain_problem(&"a1".repeat(13)), None);
        for bad in ["", "yun-fan", "yun.fan", "云帆", "a b", &"a".repeat(28)] {
            assert_eq!(domain_problem(bad), Some("customers-add-error-domain"), "{bad}");
        }
        let mut d = good(Cloud::China);
        d.domain = "a".repeat(28);
        assert_eq!(account_problems(Cloud::China, &d, TODAY), vec![("companyProfile.domain", "form-error-too-long")]);
    }

    #[test]
    fn the_agreement_date_is_a_real_day_not_in_the_future() {
        assert_eq!(date_problem("2026-12-04", TODAY), None);
        assert_eq!(date_problem("2018-11-07", TODAY), None);
        assert_eq!(date_problem("2024-02-29", TODAY), None);
        assert_eq!(date_problem("2026-12-05", TODAY), Some("customers-add-error-mca-date-future"));
        assert_eq!(date_problem("2100-01-01", TODAY), Some("customers-add-error-mca-date-future"));
        assert_eq!(date_problem("", TODAY), Some("customers-add-error-mca-date-required"));
        for bad in ["2025-02-29", "2026-13-01", "2026-00-10", "2026-1-10", "04/12/2026", "２０２６-12-01", "2026-12-0x"]
        {
            assert_eq!(date_problem(bad, TODAY), Some("customers-add-error-mca-date"), "{bad}");
        }
    }

    #[test]
    fn the_agreement_is_the_global_clouds_only_and_its_contact_defaults_to_the_primary_one() {
        let mut g = good(Cloud::Global);
        g.mca_accepted = String::new();
        g.mca_date = "2027-01-01".into();
        assert_eq!(
            account_problems(Cloud::Global, &g, TODAY),
            vec![
                ("mcaAccepted", "customers-add-error-mca-accepted"),
                ("dateAgreed", "customers-add-error-mca-date-future")
            ]
        );
        // China has no agreement block: nothing of it is checked.
        let mut c = good(Cloud::China);
        c.mca_date = "2099-01-01".into();
        assert_eq!(account_problems(Cloud::China, &c, TODAY), vec![]);
        // Its contact is checked only once the partner chose to change it.
        let mut g = good(Cloud::Global);
        assert_eq!(account_problems(Cloud::Global, &g, TODAY), vec![]);
        g.mca_custom = true;
        let fields: Vec<&str> = account_problems(Cloud::Global, &g, TODAY).into_iter().map(|(f, _)| f).collect();
        assert_eq!(fields, ["primaryContact.firstName", "primaryContact.lastName", "primaryContact.email"]);
        g.mca_first_name = "Mei".into();
        g.mca_last_name = "Lin".into();
        g.mca_email = "mei@contoso.com".into();
        g.mca_phone = "12".into();
        assert_eq!(
            account_problems(Cloud::Global, &g, TODAY),
            vec![("primaryContact.phoneNumber", "form-error-phone")]
        );
    }

    #[test]
    fn the_defaults_follow_the_cloud_and_the_ui_language() {
        let c = defaults(Cloud::China, "ko-KR");
        assert_eq!((c.country.as_str(), c.culture.as_str(), c.language.as_str()), ("CN", "zh-CN", "zh"));
        let c = defaults(Cloud::China, "en-US");
        assert_eq!((c.culture.as_str(), c.language.as_str()), ("en-US", "en"));
        let g = defaults(Cloud::Global, "ko-KR");
        assert_eq!((g.country.as_str(), g.culture.as_str(), g.language.as_str()), ("US", "ko-KR", "ko"));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Any text in any field, restored or pasted, is judged without a panic, with a message
        /// of ours.
        #[test]
        fn every_field_takes_any_text(v in any_text(), country in any_text(), today in any_text(), custom in any::<bool>()) {
            let ctx = Context { country, mca_custom: custom, today };
            for cloud in [Cloud::China, Cloud::Global] {
                for k in Key::all(cloud) {
                    if let Some(m) = k.problem(cloud, &v, &ctx) {
                        prop_assert!(m.starts_with("form-") || m.starts_with("customers-add-"), "{}", m);
                    }
                }
            }
        }

        /// A date the rule accepts is never after today.
        #[test]
        fn an_accepted_date_is_never_in_the_future(y in 1890u32..2200, m in 0u32..14, d in 0u32..33) {
            let v = format!("{y:04}-{m:02}-{d:02}");
            if date_problem(&v, "2026-12-04").is_none() {
                prop_assert!(v.as_str() <= "2026-12-04");
            }
        }
    }
}
