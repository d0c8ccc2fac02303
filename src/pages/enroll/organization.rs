use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::JOIN_MPN_URL;
use super::step_page::StepPage;
use super::steps::Step;
use super::store::{EnrollStore, use_enroll_store};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule};
use crate::i18n::{I18n, use_i18n};
use crate::model::enrollment::{NextStep, PmcOrganization, PmcOrganizations, PmcSignInRequest};
use crate::names::country as country_name;

/// Where the page is in the doc's sequence: the MPN-association information, the PMC user
/// name, its password, then the organizations. Only the user name is kept (in the draft): the
/// password never is, so a reload starts again at the user name with it filled in.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    About,
    UserName,
    Password,
    Choose(PmcOrganizations),
}

/// Why the server will not let an organization be chosen (its `ineligibleReason`), in words.
pub fn ineligible_message(reason: Option<&str>) -> &'static str {
    match reason {
        Some("mpn_country_mismatch") => "enroll-org-other-country",
        Some("mpn_organization_inactive") => "enroll-org-inactive",
        _ => "enroll-org-not-eligible",
    }
}

/// The field error the server gives when choosing, in words (the page shows it at the list).
pub fn choose_problem(code: &str) -> &'static str {
    match code {
        "mpn_country_mismatch" => "enroll-org-error-country",
        "mpn_organization_inactive" => "enroll-org-error-inactive",
        "mpn_not_in_pmc_account" => "enroll-org-error-not-in-account",
        _ => "enroll-org-error-other",
    }
}

/// Global indirect reseller enrollment: associate the MPN ID by signing in to Partner
/// Membership Center, then select the organization profile that has it.
#[component]
pub fn OrganizationStep() -> impl IntoView {
    view! { <StepPage step=Step::Organization><OrganizationPage/></StepPage> }
}

#[component]
fn OrganizationPage() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let start = if store.draft.with_untracked(|d| d.pmc_organization.user_name.is_empty()) {
        Phase::About
    } else {
        Phase::UserName
    };
    let phase = RwSignal::new(start);
    let chosen = store.draft.with_untracked(|d| {
        let p = &d.pmc_organization;
        (!d.mpn_id.is_empty() && !p.name.is_empty()).then(|| (p.name.clone(), d.mpn_id.clone()))
    });

    let body = move || match phase.get() {
        Phase::About => view! { <About phase chosen=chosen.clone()/> }.into_any(),
        Phase::UserName | Phase::Password => view! { <PmcSignIn phase store/> }.into_any(),
        Phase::Choose(list) => view! { <Choose list phase store/> }.into_any(),
    };
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-org-title") caption=super::step_caption(i18n, Step::Organization)/>
            {body}
        </section>
    }
}

/// The MPN-association information, then **Sign in**.
#[component]
fn About(phase: RwSignal<Phase>, chosen: Option<(String, String)>) -> impl IntoView {
    let i18n = use_i18n();
    let chosen = chosen.map(|(name, mpn)| {
        view! {
            <p class="notice notice-info" role="status">
                {i18n.t_args("enroll-org-chosen", &[("name", name), ("mpn", mpn)])}
                " "
                <a href=Step::Details.path()>{i18n.msg("enroll-org-continue-details")}</a>
            </p>
        }
    });
    view! {
        {chosen}
        <p>{i18n.msg("enroll-org-about")}</p>
        <p>{i18n.msg("enroll-org-about-pmc")}</p>
        <p>
            {i18n.msg("enroll-intro-need-mpn-global")} " "
            <a href=JOIN_MPN_URL rel="noopener noreferrer" target="_blank">
                {i18n.msg("enroll-intro-join-mpn")}
                <span class="visually-hidden">" " {i18n.msg("enroll-opens-new-tab")}</span>
            </a>
        </p>
        <p>
            <button type="button" class="button" on:click=move |_| phase.set(Phase::UserName)>
                {i18n.msg("enroll-org-sign-in")}
            </button>
        </p>
    }
}

/// PMC user name then **Next**, password then **Sign in**: one form whose second half appears
/// once the name is given, as the PMC sign-in does.
#[component]
fn PmcSignIn(phase: RwSignal<Phase>, store: EnrollStore) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let typed = store.draft.with_untracked(|d| d.pmc_organization.user_name.clone());
    let user = Field::new("pmcUserName", "enroll-org-user-name", Rule::Email, typed);
    Effect::new(move |prev: Option<()>| {
        let v = user.value.get();
        if prev.is_some() {
            store.edit(|d| d.pmc_organization.user_name = v);
        }
    });
    let password = Field::new("pmcPassword", "enroll-org-password", Rule::Secret, String::new());
    let asking_password = move || phase.get() == Phase::Password;

    let form = Form::new(&[user, password]);
    let form = form.on_error(move |e: &ApiError| {
        if e.body().is_some_and(|b| b.code.is("invalid_credentials")) {
            // Wrong PMC credentials are not an ended Partner Center session.
            password.value.set(String::new());
            password.set_server_message("enroll-org-wrong-password");
            return Handled::Yes;
        }
        Handled::No
    });
    let on_next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if user.check() {
            phase.set(Phase::Password);
        } else {
            form.fail_at_fields();
        }
    };
    let on_sign_in = form.on_submit(
        move |ids| {
            let c = client.clone();
            let request = PmcSignInRequest { user_name: user.trimmed(), password: password.value.get_untracked() };
            async move { api::enrollment::pmc_sign_in(&c, &request, &ids.main()).await }
        },
        move |list| phase.set(Phase::Choose(list)),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| if asking_password() { on_sign_in(ev) } else { on_next(ev) };

    view! {
        <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
        <p>{i18n.msg("enroll-org-pmc-intro")}</p>
        <form novalidate on:submit=submit aria-busy=move || form.pending().get().then_some("true")>
            <FormField field=user input_type="email" autocomplete="username"/>
            {move || if asking_password() {
                view! {
                    <FormField field=password input_type="password" autocomplete="current-password"/>
                    <p class="actions">
                        <SubmitButton form label="enroll-org-sign-in" busy="enroll-org-signing-in"/>
                        " "
                        <button type="button" class="button button-secondary" on:click=move |_| {
                            password.value.set(String::new());
                            phase.set(Phase::UserName);
                        }>{i18n.msg("enroll-org-back")}</button>
                    </p>
                }.into_any()
            } else {
                view! { <p><button type="submit" class="button">{i18n.msg("enroll-org-next")}</button></p> }.into_any()
            }}
        </form>
    }
}

/// The PMC account's organizations: select the one with the MPN ID, then **Continue**;
/// **Cancel** signs in to PMC again (other credentials). The server says which may be chosen
/// and checks again when one is.
#[component]
fn Choose(list: PmcOrganizations, phase: RwSignal<Phase>, store: EnrollStore) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let first = list.organizations.iter().find(|o| o.eligible).map(|o| o.mpn_id.clone()).unwrap_or_default();
    let mpn = Field::new("mpnId", "enroll-org-choose-legend", Rule::Text { max: 20 }, first)
        .worded(|_| "enroll-org-choose-required");
    let form =
        Form::new(&[mpn]).on_error(move |e: &ApiError| match e.field_errors().iter().find(|f| f.field == "mpnId") {
            Some(f) => {
                mpn.set_server_message(choose_problem(&f.code));
                Handled::Yes
            }
            None => Handled::No,
        });
    let tenant = list.tenant_country.clone();
    let orgs = list.organizations.clone();
    let on_submit = form.on_submit(
        move |ids| {
            let c = client.clone();
            let id = mpn.trimmed();
            async move {
                let chosen = api::enrollment::associate_mpn(&c, &id, &ids.main()).await?;
                // The details page shows the organization and fixes the address's country to
                // the tenant's; the server draft keeps them for another device.
                store.edit(|d| {
                    d.mpn_id = chosen.mpn_id.clone();
                    d.pmc_organization.name = chosen.name.clone();
                    d.pmc_organization.country = chosen.country.clone();
                    if !chosen.tenant_country.is_empty() {
                        d.legal_business_profile.address.country = chosen.tenant_country.clone();
                    }
                });
                store.save(&c).await?;
                // The server's next step is now the submission (it checks it again then); not
                // read again here, since a read would rebuild this page and drop its navigation.
                store.status.update(|s| {
                    if let Some(s) = s {
                        s.next_step = Some(NextStep::Submit);
                    }
                });
                Ok(())
            }
        },
        move |()| navigate(Step::Details.path(), Default::default()),
    );
    let problem = mpn.message(i18n);
    let eligible = orgs.iter().any(|o| o.eligible);
    let none = (!eligible).then(|| {
        form.show_problem(Problem::Message("enroll-org-none-eligible"));
        view! { <p class="notice notice-error" role="alert">{i18n.msg("enroll-org-none-eligible")}</p> }
    });
    let items =
        orgs.into_iter().map(|o| view! { <OrganizationChoice org=o mpn tenant=tenant.clone() i18n/> }).collect_view();

    view! {
        <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
        <p>{i18n.msg("enroll-org-rule")}</p>
        {none}
        <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
            <fieldset id="mpnId" tabindex="-1" class:field-invalid=move || problem.get().is_some()>
                <legend>{i18n.msg("enroll-org-choose-legend")}</legend>
                {move || problem.get().map(|m| view! { <p class="field-error" id="mpnId-error">{m}</p> })}
                <ul class="choice-list">{items}</ul>
            </fieldset>
            <p class="actions">
                {eligible.then(|| view! { <SubmitButton form label="enroll-org-continue"/> })}
                " "
                <button type="button" class="button button-secondary" on:click=move |_| phase.set(Phase::UserName)>
                    {i18n.msg("enroll-org-cancel")}
                </button>
            </p>
        </form>
    }
}

/// One organization as a radio button: its name, MPN ID, country and status; one the server
/// will not accept is shown disabled, with why.
#[component]
fn OrganizationChoice(org: PmcOrganization, mpn: Field, tenant: String, i18n: I18n) -> impl IntoView {
    let id = format!("org-{}", org.mpn_id);
    let why_id = format!("{id}-why");
    let country = country_name(i18n.locale(), &org.country);
    let why = (!org.eligible).then(|| {
        let text = i18n.t_args(
            ineligible_message(org.ineligible_reason.as_deref()),
            &[("country", country.clone()), ("tenant", country_name(i18n.locale(), &tenant))],
        );
        view! { <span class="field-hint" id=why_id.clone()>{text}</span> }
    });
    let value = org.mpn_id.clone();
    let checked = {
        let value = value.clone();
        move || mpn.value.with(|v| *v == value)
    };
    let details = i18n.t_args("enroll-org-details", &[("mpn", org.mpn_id.clone()), ("country", country)]);
    view! {
        <li>
            <input
                type="radio"
                name="mpnId"
                id=id.clone()
                value=value.clone()
                disabled=!org.eligible
                aria-describedby=(!org.eligible).then_some(why_id)
                prop:checked=checked
                on:change=move |_| mpn.value.set(value.clone())
            />
            " "
            <label for=id>
                <strong>{org.name}</strong>
                " "
                <span class="muted">{details}</span>
            </label>
            " "
            {why}
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_refusal_is_explained() {
        assert_eq!(ineligible_message(Some("mpn_country_mismatch")), "enroll-org-other-country");
        assert_eq!(ineligible_message(Some("mpn_organization_inactive")), "enroll-org-inactive");
        assert_eq!(ineligible_message(Some("a_new_reason")), "enroll-org-not-eligible");
        assert_eq!(ineligible_message(None), "enroll-org-not-eligible");
        assert_eq!(choose_problem("mpn_not_in_pmc_account"), "enroll-org-error-not-in-account");
        assert_eq!(choose_problem("mpn_country_mismatch"), "enroll-org-error-country");
        assert_eq!(choose_problem("invalid_format"), "enroll-org-error-other");
    }
}
