use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::organization::choose_problem;
use super::step_page::StepPage;
use super::steps::Step;
use super::store::use_enroll_store;
use super::{Lens, draft_field};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::model::enrollment::{EnrollmentDraftBody, SubmitEnrollmentRequest};
use crate::validate::contact;

const NAME: Rule = Rule::Text { max: 50 };

/// The global submission from the draft: the primary contact is also the approval contact (the
/// global program asks for one contact), and the China program's fields stay empty.
pub fn global_request(d: &EnrollmentDraftBody) -> SubmitEnrollmentRequest {
    let mut r = SubmitEnrollmentRequest::from_draft(d);
    r.approval_contact = r.legal_business_profile.primary_contact.clone();
    r.legal_business_profile.unified_social_credit_code = String::new();
    r.legal_business_profile.address.district = String::new();
    r.phone_challenge_id = String::new();
    r
}

/// The docs' refusal of a Web-based address (Gmail, Yahoo! Mail, iCloud Mail, AOL Mail,
/// Outlook Mail), for the primary contact.
pub fn web_mail_problem(value: &str) -> Option<&'static str> {
    contact::organization_email(value).err().map(|_| WEB_MAIL)
}

const WEB_MAIL: &str = "enroll-error-web-mail";

/// The message for a postal code that does not fit the address's country.
pub fn postal_problem(country: &str, value: &str) -> Option<&'static str> {
    contact::postal_code(country, value).err().map(|_| "enroll-error-postal-code-country")
}

/// Global indirect reseller enrollment: the legal business profile, the primary contact and
/// the customer support information, then **Enroll now**. The address is in the tenant's
/// country (the organization chosen in PMC is there too), so the country is shown, not asked.
#[component]
pub fn DetailsStep() -> impl IntoView {
    view! { <StepPage step=Step::Details><DetailsForm/></StepPage> }
}

#[component]
fn DetailsForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let f =
        move |id: &'static str, label: &'static str, rule: Rule, lens: Lens| draft_field(store, id, label, rule, lens);
    let company = f("legalBusinessProfile.companyName", "enroll-company-name", Rule::Text { max: 100 }, |d| {
        &mut d.legal_business_profile.company_name
    });
    let line1 = f("legalBusinessProfile.address.addressLine1", "enroll-address-line1", Rule::Text { max: 200 }, |d| {
        &mut d.legal_business_profile.address.address_line1
    });
    let line2 =
        f("legalBusinessProfile.address.addressLine2", "enroll-address-line2", Rule::Optional { max: 200 }, |d| {
            &mut d.legal_business_profile.address.address_line2
        });
    let city = f("legalBusinessProfile.address.city", "enroll-city", Rule::Text { max: 100 }, |d| {
        &mut d.legal_business_profile.address.city
    });
    let state = f("legalBusinessProfile.address.province", "enroll-state", Rule::Optional { max: 50 }, |d| {
        &mut d.legal_business_profile.address.province
    });
    let country = store.draft.with_untracked(|d| d.legal_business_profile.address.country.clone());
    let postal = {
        let country = country.clone();
        f("legalBusinessProfile.address.postalCode", "enroll-postal-code", Rule::Text { max: 20 }, |d| {
            &mut d.legal_business_profile.address.postal_code
        })
        .with_check(move |v| postal_problem(&country, v))
    };
    let first = f("legalBusinessProfile.primaryContact.firstName", "enroll-first-name", NAME, |d| {
        &mut d.legal_business_profile.primary_contact.first_name
    });
    let last = f("legalBusinessProfile.primaryContact.lastName", "enroll-last-name", NAME, |d| {
        &mut d.legal_business_profile.primary_contact.last_name
    });
    // The global program refuses Web-based addresses (the China program only warns): a check of
    // this page's, so the rule stays in this area's chunk.
    let email = f("legalBusinessProfile.primaryContact.email", "enroll-email", Rule::Email, |d| {
        &mut d.legal_business_profile.primary_contact.email
    })
    .with_check(web_mail_problem);
    let phone = f("legalBusinessProfile.primaryContact.phoneNumber", "enroll-phone", Rule::Phone, |d| {
        &mut d.legal_business_profile.primary_contact.phone_number
    });
    let website =
        f("supportProfile.website", "enroll-program-support-website", Rule::Https, |d| &mut d.support_profile.website);
    let support_email =
        f("supportProfile.email", "enroll-program-support-email", Rule::Email, |d| &mut d.support_profile.email);
    let support_phone = f("supportProfile.telephone", "enroll-program-support-phone", Rule::Phone, |d| {
        &mut d.support_profile.telephone
    });
    let all: [Field; 13] =
        [company, line1, line2, city, state, postal, first, last, email, phone, website, support_email, support_phone];

    let form = Form::new(&all).same_label_on_retry();
    let form = form.on_error({
        let (client, navigate) = (client.clone(), navigate.clone());
        move |e: &ApiError| {
            let errors = e.field_errors();
            // A Web-based address is refused here, not the China program's warning: the field
            // says so in the docs' words, and the server's other field errors land as usual.
            if errors.iter().any(|f| f.code == contact::WEB_MAIL_CODE) {
                let (web, other): (Vec<_>, Vec<_>) = errors.into_iter().partition(|f| f.code == contact::WEB_MAIL_CODE);
                for f in web {
                    if let Some(field) = all.iter().find(|x| x.id == f.field) {
                        field.set_server_message(WEB_MAIL);
                    }
                }
                crate::form::field::apply_server_errors(&all, &other);
                return Handled::Yes;
            }
            // The organization no longer qualifies (checked again at submit): said in words.
            if let Some(f) = e.field_errors().iter().find(|f| f.field == "mpnId") {
                form.show_problem(Problem::Message(choose_problem(&f.code)));
                return Handled::Yes;
            }
            if e.status() == Some(409) {
                // An earlier step missing, or already submitted elsewhere: read where the
                // enrollment stands and go there. The typing stays in the draft.
                let (client, navigate) = (client.clone(), navigate.clone());
                leptos::task::spawn_local(async move {
                    store.reload(&client).await;
                    navigate(crate::routes::Page::EnrollResume.path(), Default::default());
                });
                return Handled::Quietly;
            }
            Handled::No
        }
    });
    let on_submit = form.on_submit(
        move |ids| {
            let c = client.clone();
            let request = store.draft.with_untracked(global_request);
            async move { api::enrollment::submit(&c, &request, &ids.main()).await }
        },
        move |s| {
            store.set_status(s);
            navigate(Step::Status.path(), Default::default());
        },
    );

    let organization = store.draft.with_untracked(|d| {
        i18n.t_args("enroll-org-chosen-short", &[("name", d.pmc_organization.name.clone()), ("mpn", d.mpn_id.clone())])
    });
    let country_name = crate::names::country(i18n.locale(), &country);

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-details-title") caption=super::step_caption(i18n, Step::Details)/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>{i18n.msg("enroll-details-intro")}</p>
            <p class="muted">
                {organization} " "
                <a href=Step::Organization.path()>{i18n.msg("enroll-program-change")}</a>
            </p>
            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <fieldset>
                    <legend>{i18n.msg("enroll-program-legal-title")}</legend>
                    <FormField field=company autocomplete="organization"/>
                    <p class="static-label">{i18n.msg("enroll-country")}</p>
                    <p class="static-value" id="legalBusinessProfile.address.country">{country_name}</p>
                    <FormField field=line1 autocomplete="address-line1"/>
                    <FormField field=line2 autocomplete="address-line2" optional=true/>
                    <FormField field=city autocomplete="address-level2"/>
                    <FormField field=state autocomplete="address-level1" optional=true/>
                    <FormField field=postal autocomplete="postal-code"/>
                </fieldset>
                <fieldset>
                    <legend>{i18n.msg("enroll-details-contact-legend")}</legend>
                    <p class="field-hint">{i18n.msg("enroll-details-contact-hint")}</p>
                    <FormField field=first autocomplete="given-name"/>
                    <FormField field=last autocomplete="family-name"/>
                    <FormField field=email input_type="email" autocomplete="email" hint="enroll-details-email-hint"/>
                    <FormField field=phone input_type="tel" autocomplete="tel"/>
                </fieldset>
                <fieldset>
                    <legend>{i18n.msg("enroll-program-support-legend")}</legend>
                    <p class="field-hint">{i18n.msg("enroll-program-support-intro")}</p>
                    <FormField field=website input_type="url" autocomplete="url" hint="enroll-program-support-website-hint"/>
                    <FormField field=support_email input_type="email"/>
                    <FormField field=support_phone input_type="tel"/>
                </fieldset>
                <SubmitButton form label="enroll-details-submit" busy="enroll-details-submitting"/>
            </form>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_global_submission_has_one_contact_and_no_china_fields() {
        let mut d = EnrollmentDraftBody { mpn_id: " 4567890 ".into(), ..Default::default() };
        d.legal_business_profile.primary_contact.email = " dana@northwind-it.com ".into();
        d.legal_business_profile.unified_social_credit_code = "91350100M000100Y43".into();
        d.legal_business_profile.address.district = "left from somewhere".into();
        d.phone_challenge_id = "x".into();
        let r = global_request(&d);
        assert_eq!(r.mpn_id, "4567890");
        assert_eq!(r.approval_contact.email, "dana@northwind-it.com");
        assert_eq!(r.legal_business_profile.unified_social_credit_code, "");
        assert_eq!(r.legal_business_profile.address.district, "");
        assert_eq!(r.phone_challenge_id, "");
    }

    #[test]
    fn web_based_addresses_are_refused_in_the_docs_words() {
        assert_eq!(web_mail_problem("dana@gmail.com"), Some("enroll-error-web-mail"));
        assert_eq!(web_mail_problem("dana@outlook.fr"), Some("enroll-error-web-mail"));
        assert_eq!(web_mail_problem("dana@northwind-it.com"), None);
    }

    #[test]
    fn postal_codes_follow_the_country() {
        assert_eq!(postal_problem("US", "98101"), None);
        assert_eq!(postal_problem("US", "9810"), Some("enroll-error-postal-code-country"));
        assert_eq!(postal_problem("FR", "75008"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config, short_text};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever was typed (or left in storage), the submission is built without a panic,
        /// trimmed, with one contact and none of the China program's fields.
        #[test]
        fn any_typing_makes_a_global_submission(
            mpn in any_text(), email in any_text(), uscc in short_text(), challenge in short_text(),
        ) {
            let mut d = EnrollmentDraftBody { mpn_id: mpn.clone(), phone_challenge_id: challenge, ..Default::default() };
            d.legal_business_profile.primary_contact.email = email.clone();
            d.legal_business_profile.unified_social_credit_code = uscc;
            let r = global_request(&d);
            prop_assert_eq!(r.mpn_id, mpn.trim());
            prop_assert_eq!(&r.approval_contact, &r.legal_business_profile.primary_contact);
            prop_assert_eq!(r.approval_contact.email, email.trim());
            prop_assert!(r.phone_challenge_id.is_empty() && r.legal_business_profile.unified_social_credit_code.is_empty());
        }

        /// Any country and any postal code: an answer, never a panic.
        #[test]
        fn any_postal_code_is_judged(country in any_text(), code in any_text()) {
            let _ = postal_problem(&country, &code);
        }
    }
}
