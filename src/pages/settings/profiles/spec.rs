//! The profiles' fields, once: each one's contract path (also its DOM id, so a server error's
//! `field` finds its input), its label, its rule, how it is typed and whether the partner may
//! change it. A profile is handled as the JSON it is on the wire, so one table per profile is
//! all a page needs to show it, edit it and send it back whole. Pure, so tested natively.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::capability::Capability;
use crate::form::Rule;
use crate::routes::Page;
use crate::validate::{Problem, contact};

/// A profile that is shown and updated (the MPN profile is only shown: the contract has no PUT).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Legal,
    Billing,
    Organization,
    Support,
}

impl Kind {
    #[cfg(test)]
    pub const ALL: [Kind; 4] = [Kind::Legal, Kind::Billing, Kind::Organization, Kind::Support];

    pub fn of(page: Page) -> Option<Kind> {
        match page {
            Page::LegalProfile => Some(Kind::Legal),
            Page::BillingProfile => Some(Kind::Billing),
            Page::OrganizationProfile => Some(Kind::Organization),
            Page::SupportProfile => Some(Kind::Support),
            _ => None,
        }
    }

    /// The page title (the hub's message ids).
    pub fn title(self) -> &'static str {
        match self {
            Kind::Legal => "settings-legal-title",
            Kind::Billing => "settings-billing-title",
            Kind::Organization => "settings-organization-title",
            Kind::Support => "settings-support-title",
        }
    }

    /// What a partner needs to update it ("Only the Global admin, Billing admin or Admin agent
    /// can change the billing address").
    pub fn editing(self) -> Capability {
        match self {
            Kind::Billing => Capability::EditBillingProfile,
            _ => Capability::EditProfiles,
        }
    }

    /// Why Update is not there for a partner who lacks [`Kind::editing`].
    pub fn why_read_only(self) -> &'static str {
        match self {
            Kind::Billing => "profile-read-only-billing",
            _ => "profile-read-only",
        }
    }

    /// The sessionStorage key of the draft of this profile's edits.
    pub fn draft_key(self) -> &'static str {
        match self {
            Kind::Legal => "pc.profile.legal",
            Kind::Billing => "pc.profile.billing",
            Kind::Organization => "pc.profile.organization",
            Kind::Support => "pc.profile.support",
        }
    }

    /// The profile's fields in the order they are shown.
    pub fn fields(self) -> &'static [Spec] {
        match self {
            Kind::Legal => &LEGAL,
            Kind::Billing => &BILLING,
            Kind::Organization => &ORGANIZATION,
            Kind::Support => &SUPPORT,
        }
    }

    /// Whether changing this field asks for the legal identity to be verified again (the legal
    /// name and address; not the contact nor the approver).
    pub fn reverifies(self, path: &str) -> bool {
        self == Kind::Legal && (path == "companyName" || path.starts_with("address."))
    }
}

/// The part of a profile a field belongs to: its fieldset's legend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    Company,
    Address,
    Contact,
    Approver,
    Other,
}

impl Group {
    pub fn legend(self) -> &'static str {
        match self {
            Group::Company => "profile-group-company",
            Group::Address => "profile-group-address",
            Group::Contact => "profile-group-contact",
            Group::Approver => "profile-group-approver",
            Group::Other => "profile-group-other",
        }
    }
}

/// How a field is typed or shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    Text,
    Email,
    Tel,
    Url,
    /// One of a fixed list: the values and the Fluent ids of their names.
    Choice(&'static [(&'static str, &'static str)]),
    /// A postal code, judged by the country of the address it is in (`<prefix>country`).
    Postal,
    /// A country code, shown by name.
    Country,
    /// The vetting status, shown in words.
    Vetting,
}

/// One field of a profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// The contract's path in the profile (`address.postalCode`): also the input's DOM id.
    pub path: &'static str,
    pub label: &'static str,
    pub rule: Rule,
    pub input: Input,
    pub group: Group,
    /// False for what the partner sees but cannot change (the vetting status, the legal
    /// address's country, the company name on invoices, the tenant ID ...).
    pub editable: bool,
    /// Shown as "(optional)".
    pub optional: bool,
}

const fn edit(path: &'static str, label: &'static str, rule: Rule, input: Input, group: Group) -> Spec {
    let optional = matches!(rule, Rule::Optional { .. });
    Spec { path, label, rule, input, group, editable: true, optional }
}

const fn fixed(path: &'static str, label: &'static str, input: Input, group: Group) -> Spec {
    Spec { path, label, rule: Rule::Optional { max: 200 }, input, group, editable: false, optional: false }
}

pub const LANGUAGES: [(&str, &str); 5] = [
    ("en", "profile-language-en"),
    ("zh-Hans", "profile-language-zh-hans"),
    ("zh-Hant", "profile-language-zh-hant"),
    ("ko", "profile-language-ko"),
    ("fr", "profile-language-fr"),
];

pub const CULTURES: [(&str, &str); 5] = [
    ("en-US", "profile-culture-en-us"),
    ("zh-CN", "profile-culture-zh-cn"),
    ("zh-TW", "profile-culture-zh-tw"),
    ("ko-KR", "profile-culture-ko-kr"),
    ("fr-FR", "profile-culture-fr-fr"),
];

/// An address's editable lines under `$p` (a literal prefix such as `address.`).
macro_rules! address {
    ($p:literal, $g:expr) => {
        [
            edit(concat!($p, "addressLine1"), "profile-address-line1", Rule::Text { max: 200 }, Input::Text, $g),
            edit(concat!($p, "addressLine2"), "profile-address-line2", Rule::Optional { max: 200 }, Input::Text, $g),
            edit(concat!($p, "city"), "profile-city", Rule::Text { max: 100 }, Input::Text, $g),
            edit(concat!($p, "state"), "profile-state", Rule::Optional { max: 50 }, Input::Text, $g),
            edit(concat!($p, "postalCode"), "profile-postal-code", Rule::Text { max: 20 }, Input::Postal, $g),
        ]
    };
}

/// The primary contact under `$p`.
macro_rules! contact {
    ($p:literal) => {
        [
            edit(concat!($p, "firstName"), "profile-first-name", Rule::Text { max: 50 }, Input::Text, Group::Contact),
            edit(concat!($p, "lastName"), "profile-last-name", Rule::Text { max: 50 }, Input::Text, Group::Contact),
            edit(concat!($p, "email"), "profile-email", Rule::Email, Input::Email, Group::Contact),
            edit(concat!($p, "phoneNumber"), "profile-phone", Rule::Phone, Input::Tel, Group::Contact),
        ]
    };
}

const fn cat<const A: usize, const B: usize, const N: usize>(a: [Spec; A], b: [Spec; B]) -> [Spec; N] {
    assert!(A + B == N);
    let filler = a[0];
    let mut out = [filler; N];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < N {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

static LEGAL: [Spec; 20] = cat::<8, 12, 20>(
    cat::<3, 5, 8>(
        [
            edit("companyName", "profile-organization-name", Rule::Text { max: 100 }, Input::Text, Group::Company),
            fixed("vettingStatus", "profile-vetting-status", Input::Vetting, Group::Company),
            fixed("address.country", "profile-country", Input::Country, Group::Address),
        ],
        address!("address.", Group::Address),
    ),
    cat::<4, 8, 12>(
        contact!("primaryContact."),
        cat::<2, 6, 8>(
            [
                edit("companyApproverEmail", "profile-approver-email", Rule::Email, Input::Email, Group::Approver),
                fixed("companyApproverAddress.country", "profile-country", Input::Country, Group::Approver),
            ],
            cat::<5, 1, 6>(
                address!("companyApproverAddress.", Group::Approver),
                [fixed("profileType", "profile-type", Input::Text, Group::Other)],
            ),
        ),
    ),
);

static BILLING: [Spec; 15] = cat::<3, 12, 15>(
    [
        fixed("companyName", "profile-invoice-name", Input::Text, Group::Company),
        fixed("billingCurrency", "profile-billing-currency", Input::Text, Group::Company),
        fixed("address.country", "profile-country", Input::Country, Group::Address),
    ],
    cat::<5, 7, 12>(
        address!("address.", Group::Address),
        cat::<4, 3, 7>(
            contact!("primaryContact."),
            [
                edit("purchaseOrderNumber", "profile-po-number", Rule::Optional { max: 50 }, Input::Text, Group::Other),
                edit("taxId", "profile-tax-id", Rule::Optional { max: 50 }, Input::Text, Group::Other),
                fixed("profileType", "profile-type", Input::Text, Group::Other),
            ],
        ),
    ),
);

static ORGANIZATION: [Spec; 14] = cat::<4, 10, 14>(
    [
        fixed("id", "profile-microsoft-id", Input::Text, Group::Company),
        edit("companyName", "profile-organization-name", Rule::Text { max: 100 }, Input::Text, Group::Company),
        fixed("tenantId", "profile-tenant-id", Input::Text, Group::Company),
        fixed("domain", "profile-domain", Input::Text, Group::Company),
    ],
    cat::<6, 4, 10>(
        cat::<1, 5, 6>(
            [fixed("defaultAddress.country", "profile-country", Input::Country, Group::Address)],
            address!("defaultAddress.", Group::Address),
        ),
        [
            edit("email", "profile-email", Rule::Email, Input::Email, Group::Other),
            edit("language", "profile-language", Rule::Text { max: 10 }, Input::Choice(&LANGUAGES), Group::Other),
            edit("culture", "profile-culture", Rule::Text { max: 10 }, Input::Choice(&CULTURES), Group::Other),
            fixed("profileType", "profile-type", Input::Text, Group::Other),
        ],
    ),
);

static SUPPORT: [Spec; 3] = [
    edit("website", "profile-website", Rule::Optional { max: 2048 }, Input::Url, Group::Other),
    edit("email", "profile-email", Rule::Email, Input::Email, Group::Other),
    edit("telephone", "profile-phone", Rule::Phone, Input::Tel, Group::Other),
];

impl Spec {
    /// Shown to the partner: `profileType` is carried along only so it goes back as read.
    pub fn shown(&self) -> bool {
        self.path != "profileType"
    }

    /// The path of the country this field's address is in (`address.country` for
    /// `address.postalCode`).
    pub fn country_path(&self) -> String {
        match self.path.rsplit_once('.') {
            Some((prefix, _)) => format!("{prefix}.country"),
            None => "country".to_string(),
        }
    }

    /// The check beyond the rule, in the same words whether the app or the server finds the
    /// problem: the postal code by its address's country, a web address, a tax ID. `country`
    /// is the address's country (the field never changes it).
    pub fn extra_problem(&self, value: &str, country: &str) -> Option<&'static str> {
        let v = value.trim();
        match self.input {
            Input::Postal => contact::postal_code(country, v).err().map(|_| postal_message(country)),
            Input::Url if !v.is_empty() => contact::web_address(v).err().map(|_| "profile-error-website"),
            _ if self.path == "taxId" && !v.is_empty() => tax_id(v).err().map(|_| "profile-error-tax-id"),
            _ => None,
        }
    }
}

/// The message for a postal code that does not fit its country: China's has its own words.
pub fn postal_message(country: &str) -> &'static str {
    if country.eq_ignore_ascii_case("CN") { "form-error-postal-code" } else { "profile-error-postal-code" }
}

/// What the server takes as a tax ID: letters, digits, spaces, hyphens and slashes.
pub fn tax_id(v: &str) -> Result<(), Problem> {
    if v.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b' ' | b'/')) {
        Ok(())
    } else {
        Err(Problem::InvalidFormat)
    }
}

/// The value at `path` in a profile as text: missing or null is empty, a number or a boolean
/// is written out.
pub fn read(profile: &Value, path: &str) -> String {
    let at = path.split('.').try_fold(profile, |v, key| v.get(key));
    match at {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

/// Writes `text` at `path`, making the objects on the way (a profile created on first read may
/// lack an optional address).
pub fn write(profile: &mut Value, path: &str, text: &str) {
    let mut at = profile;
    let mut keys = path.split('.').peekable();
    while let Some(key) = keys.next() {
        if !at.is_object() {
            *at = Value::Object(Default::default());
        }
        let Value::Object(map) = at else { return };
        if keys.peek().is_none() {
            map.insert(key.to_string(), Value::String(text.to_string()));
            return;
        }
        at = map.entry(key.to_string()).or_insert_with(|| Value::Object(Default::default()));
    }
}

/// The values of `kind`'s fields in a profile, by path.
pub type Values = BTreeMap<String, String>;

pub fn values(kind: Kind, profile: &Value) -> Values {
    kind.fields().iter().map(|s| (s.path.to_string(), read(profile, s.path))).collect()
}

/// The profile to send: what was read, with the editable fields as typed (trimmed, as the
/// server would). Read-only fields go back as read, which the contract allows.
pub fn apply(kind: Kind, read_profile: &Value, typed: &Values) -> Value {
    let mut out = read_profile.clone();
    for s in kind.fields().iter().filter(|s| s.editable) {
        if let Some(v) = typed.get(s.path) {
            write(&mut out, s.path, v.trim());
        }
    }
    out
}

/// The etag of a profile as read (`attributes.etag`).
pub fn etag(profile: &Value) -> String {
    read(profile, "attributes.etag")
}

/// Whether the edits change the legal name or address, which starts re-verification.
pub fn starts_reverification(kind: Kind, base: &Values, typed: &Values) -> bool {
    kind.fields()
        .iter()
        .filter(|s| s.editable && kind.reverifies(s.path))
        .any(|s| base.get(s.path).map(|v| v.trim()) != typed.get(s.path).map(|v| v.trim()))
}

/// The Fluent id of a vetting status.
pub fn vetting_message(status: &str) -> &'static str {
    match status {
        "pending" => "profile-vetting-pending",
        "authorized" => "profile-vetting-authorized",
        "rejected" => "profile-vetting-rejected",
        "none" | "" => "profile-vetting-none",
        _ => "profile-vetting-unknown",
    }
}

/// The Fluent id of a country's name, for the countries of the two clouds' partners; other
/// codes are shown as they are.
pub fn country_message(code: &str) -> Option<&'static str> {
    match code {
        "CN" => Some("profile-country-cn"),
        "US" => Some("profile-country-us"),
        _ => None,
    }
}

/// The Fluent id of a choice's name, if `value` is one of `choices`.
pub fn choice_message(choices: &[(&str, &'static str)], value: &str) -> Option<&'static str> {
    choices.iter().find(|(v, _)| *v == value).map(|(_, id)| *id)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn legal() -> Value {
        json!({
            "companyName": "上海法布里坎信息技术有限公司",
            "address": { "country": "CN", "city": "上海市", "addressLine1": "浦东新区世纪大道1198号", "postalCode": "200122" },
            "primaryContact": { "firstName": "立华", "lastName": "王", "email": "admin@fabrikam-sh.partner.onmschina.cn", "phoneNumber": "+86 138 1652 7730" },
            "companyApproverAddress": { "country": "CN", "city": "上海市", "addressLine1": "浦东新区世纪大道1198号", "postalCode": "200122" },
            "companyApproverEmail": "lihua.wang@fabrikam-sh.partner.onmschina.cn",
            "vettingStatus": "authorized",
            "vettingSubStatus": "none",
            "profileType": "legal_business_profile",
            "attributes": { "etag": "abc", "objectType": "LegalBusinessProfile" }
        })
    }

    #[test]
    fn paths_are_unique_and_match_the_contract_shapes() {
        for kind in Kind::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for s in kind.fields() {
                assert!(seen.insert(s.path), "{kind:?} {}", s.path);
                assert!(s.label.starts_with("profile-"), "{}", s.label);
                if matches!(s.input, Input::Postal) {
                    assert_eq!(s.country_path(), s.path.replace("postalCode", "country"));
                }
            }
        }
    }

    #[test]
    fn read_only_fields_are_the_ones_the_contract_calls_read_only() {
        let fixed =
            |k: Kind| k.fields().iter().filter(|s| !s.editable && s.shown()).map(|s| s.path).collect::<Vec<_>>();
        assert_eq!(fixed(Kind::Legal), ["vettingStatus", "address.country", "companyApproverAddress.country"]);
        assert_eq!(fixed(Kind::Billing), ["companyName", "billingCurrency", "address.country"]);
        assert_eq!(fixed(Kind::Organization), ["id", "tenantId", "domain", "defaultAddress.country"]);
        assert!(fixed(Kind::Support).is_empty());
    }

    #[test]
    fn a_profile_is_read_and_written_by_path() {
        let p = legal();
        assert_eq!(read(&p, "address.postalCode"), "200122");
        assert_eq!(read(&p, "address.addressLine2"), "");
        assert_eq!(read(&p, "nothing.here"), "");
        let mut q = p.clone();
        write(&mut q, "address.addressLine2", "世纪汇广场一座28楼");
        write(&mut q, "new.deep.path", "x");
        assert_eq!(read(&q, "address.addressLine2"), "世纪汇广场一座28楼");
        assert_eq!(read(&q, "new.deep.path"), "x");
        assert_eq!(read(&q, "address.city"), "上海市");
    }

    #[test]
    fn applying_edits_changes_only_editable_fields_and_trims_them() {
        let p = legal();
        let mut typed = values(Kind::Legal, &p);
        typed.insert("companyName".into(), "  新名称有限公司 ".into());
        typed.insert("vettingStatus".into(), "none".into());
        typed.insert("address.country".into(), "US".into());
        let out = apply(Kind::Legal, &p, &typed);
        assert_eq!(read(&out, "companyName"), "新名称有限公司");
        assert_eq!(read(&out, "vettingStatus"), "authorized");
        assert_eq!(read(&out, "address.country"), "CN");
        assert_eq!(etag(&out), "abc");
        assert!(starts_reverification(Kind::Legal, &values(Kind::Legal, &p), &typed));
    }

    #[test]
    fn only_the_legal_name_and_address_start_reverification() {
        let p = legal();
        let base = values(Kind::Legal, &p);
        let mut typed = base.clone();
        typed.insert("primaryContact.phoneNumber".into(), "+86 139 0000 0000".into());
        typed.insert("companyApproverAddress.city".into(), "北京市".into());
        assert!(!starts_reverification(Kind::Legal, &base, &typed));
        typed.insert("address.city".into(), "北京市".into());
        assert!(starts_reverification(Kind::Legal, &base, &typed));
        // Spaces around a value are not a change: the server trims them.
        let mut spaced = base.clone();
        spaced.insert("companyName".into(), format!(" {} ", base["companyName"]));
        assert!(!starts_reverification(Kind::Legal, &base, &spaced));
        assert!(!starts_reverification(Kind::Organization, &base, &typed));
    }

    #[test]
    fn postal_codes_follow_their_country_with_the_servers_rule() {
        let postal = LEGAL.iter().find(|s| s.path == "address.postalCode").unwrap();
        assert_eq!(postal.extra_problem("200122", "CN"), None);
        assert_eq!(postal.extra_problem("20012", "CN"), Some("form-error-postal-code"));
        assert_eq!(postal.extra_problem("98052-6399", "US"), None);
        assert_eq!(postal.extra_problem("9805", "US"), Some("profile-error-postal-code"));
        let website = SUPPORT[0];
        assert_eq!(website.extra_problem("", "CN"), None);
        assert_eq!(website.extra_problem("http://www.fabrikam.com.cn/support", "CN"), None);
        assert_eq!(website.extra_problem("www.fabrikam", "CN"), Some("profile-error-website"));
        let tax = BILLING.iter().find(|s| s.path == "taxId").unwrap();
        assert_eq!(tax.extra_problem("91-1144442", "US"), None);
        assert_eq!(tax.extra_problem("91_1144442", "US"), Some("profile-error-tax-id"));
        let phone = SUPPORT[2].rule;
        assert!(phone.check("+86 21 6188 8888").is_ok() && phone.check("+1 425 555 0100").is_ok());
        assert!(phone.check("+86 12").is_err());
    }

    #[test]
    fn statuses_countries_and_choices_have_words() {
        assert_eq!(vetting_message("pending"), "profile-vetting-pending");
        assert_eq!(vetting_message("surprise"), "profile-vetting-unknown");
        assert_eq!(country_message("CN"), Some("profile-country-cn"));
        assert_eq!(country_message("DE"), None);
        assert_eq!(choice_message(&LANGUAGES, "zh-Hans"), Some("profile-language-zh-hans"));
        assert_eq!(choice_message(&CULTURES, "xx"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever is typed, written at any path and read back, is what was written; the
        /// extra checks judge anything without a panic.
        #[test]
        fn written_values_read_back(text in any_text(), country in any_text(), key in "[a-zA-Z]{1,8}(\\.[a-zA-Z]{1,8}){0,2}") {
            let mut p = serde_json::json!({ "address": "not an object" });
            write(&mut p, &key, &text);
            prop_assert_eq!(read(&p, &key), text.clone());
            for kind in Kind::ALL {
                for s in kind.fields() {
                    if let Some(id) = s.extra_problem(&text, &country) {
                        prop_assert!(id.starts_with("profile-") || id.starts_with("form-"));
                    }
                }
            }
        }
    }
}
