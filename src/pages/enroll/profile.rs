//! How the details a partner entered are written out, on the program step and on the review.

use leptos::prelude::*;

use crate::i18n::{I18n, use_i18n};
use crate::model::enrollment::LegalBusinessProfileForm;

/// The address on one line, in the order the UI language writes addresses.
pub fn address_line(i18n: I18n, p: &LegalBusinessProfileForm) -> String {
    let a = &p.address;
    let line1 = [a.address_line1.trim(), a.address_line2.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    i18n.t_args(
        "enroll-program-address-value",
        &[
            ("line1", line1),
            ("district", a.district.trim().to_string()),
            ("city", a.city.trim().to_string()),
            ("province", a.province.trim().to_string()),
            ("postal", a.postal_code.trim().to_string()),
        ],
    )
}

/// A person's name as it is written: Chinese and Korean names family name first and without a
/// space (王立华), others given name first (Lin Hai). The shared rule, which the server's display
/// names follow too.
pub use crate::validate::name::full_name;

/// The legal business profile as entered on the account step, read-only.
#[component]
pub fn LegalProfileSummary(#[prop(into)] profile: Signal<LegalBusinessProfileForm>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <dl class="summary-list">
            <dt>{i18n.msg("enroll-company-name")}</dt>
            <dd>{move || profile.with(|p| p.company_name.clone())}</dd>
            <dt>{i18n.msg("enroll-program-address")}</dt>
            <dd>{move || profile.with(|p| address_line(i18n, p))}</dd>
            <dt>{i18n.msg("enroll-credit-code")}</dt>
            <dd>{move || profile.with(|p| p.unified_social_credit_code.trim().to_uppercase())}</dd>
            <dt>{i18n.msg("enroll-program-primary-contact")}</dt>
            <dd>
                {move || profile.with(|p| {
                    let c = &p.primary_contact;
                    view! {
                        {full_name(&c.first_name, &c.last_name)}<br/>
                        {c.email.trim().to_string()}<br/>
                        {c.phone_number.trim().to_string()}
                    }
                })}
            </dd>
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_written_in_their_own_order() {
        assert_eq!(full_name("立华", "王"), "王立华");
        assert_eq!(full_name(" 길동", "홍 "), "홍길동");
        assert_eq!(full_name("Hai", "Lin"), "Hai Lin");
        assert_eq!(full_name("", "Lin"), "Lin");
        assert_eq!(full_name("", ""), "");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Names in any script: both parts are kept, trimmed, in one of the two orders.
        #[test]
        fn full_names_keep_both_parts(first in any_text(), last in any_text()) {
            let name = full_name(&first, &last);
            let (f, l) = (first.trim(), last.trim());
            let family_first = format!("{l}{f}");
            let given_first = [f, l].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
            prop_assert!(name == family_first || name == given_first, "{:?}", name);
        }
    }
}
