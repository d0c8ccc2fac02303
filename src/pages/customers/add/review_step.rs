use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::fields::Key;
use super::request::domain;
use super::state::Wizard;
use super::steps::Step;
use crate::components::{ErrorSummary, SubmitButton};
use crate::form::Form;
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::names;

/// Review: what will be sent, section by section, each with the button that goes back to its
/// step; then Submit. Submit shows its progress and ignores repeats while it is on its way.
#[component]
pub fn ReviewStep(w: Wizard, form: Form) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = w.cloud;
    let navigate = use_navigate();
    let go = move |s: Step| {
        let navigate = navigate.clone();
        move |_| navigate(&s.href(), NavigateOptions::default())
    };
    let on_submit = super::submit::on_submit(w, form);
    let v = move |k: Key| w.field(k).value.get().trim().to_string();
    let address = move || {
        let country = names::country(i18n.locale(), &v(Key::Country));
        [v(Key::AddressLine1), v(Key::AddressLine2), v(Key::City), v(Key::State), v(Key::PostalCode), country]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let agreement_contact = move || {
        let d = w.draft();
        let c = super::request::new_agreement(&d).primary_contact;
        let mut parts = vec![format!("{} {}", c.first_name, c.last_name), c.email];
        parts.extend(c.phone_number);
        parts.join(", ")
    };
    view! {
        <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
        <p>{i18n.msg("customers-add-review-intro")}</p>
        <section class="card" aria-labelledby="review-account">
            <h2 id="review-account">{i18n.msg("customers-add-step-account")}</h2>
            <dl class="details">
                <dt>{i18n.msg("customers-add-company-name")}</dt>
                <dd>{move || v(Key::CompanyName)}</dd>
                <dt>{i18n.msg("customers-add-domain")}</dt>
                <dd translate="no">{move || domain(cloud, &v(Key::Domain))}</dd>
                <dt>{i18n.msg("customers-add-primary-contact")}</dt>
                <dd>{move || format!("{} {}", v(Key::FirstName), v(Key::LastName))}</dd>
                <dt>{i18n.msg("customers-add-email")}</dt>
                <dd>{move || v(Key::Email)}</dd>
                <dt>{i18n.msg("customers-add-phone")}</dt>
                <dd>{move || v(Key::Phone)}</dd>
                <dt>{i18n.msg("customers-add-address")}</dt>
                <dd>{address}</dd>
                <dt>{i18n.msg("customers-add-culture")}</dt>
                <dd>{move || names::language(i18n.locale(), &v(Key::Culture))}</dd>
                <dt>{i18n.msg("customers-add-language")}</dt>
                <dd>{move || names::language(i18n.locale(), &v(Key::Language))}</dd>
            </dl>
            <p>
                <button type="button" class="button button-secondary" on:click=go(Step::Account)>
                    {i18n.msg_cloud("customers-add-edit")}
                    <span class="visually-hidden">" " {i18n.msg("customers-add-step-account")}</span>
                </button>
            </p>
        </section>
        {(cloud == Cloud::Global).then(|| view! {
            <section class="card" aria-labelledby="review-agreement">
                <h2 id="review-agreement">{i18n.msg("customers-add-mca-title")}</h2>
                <dl class="details">
                    <dt>{i18n.msg("customers-add-mca-date")}</dt>
                    <dd>{move || names::day(i18n.locale(), &v(Key::McaDate))}</dd>
                    <dt>{i18n.msg("customers-add-mca-contact")}</dt>
                    <dd>{agreement_contact}</dd>
                </dl>
                <p>
                    <button type="button" class="button button-secondary" on:click=go(Step::Account)>
                        {i18n.msg_cloud("customers-add-edit")}
                        <span class="visually-hidden">" " {i18n.msg("customers-add-mca-title")}</span>
                    </button>
                </p>
            </section>
        })}
        <section class="card" aria-labelledby="review-subscriptions">
            <h2 id="review-subscriptions">{i18n.msg("customers-add-step-subscriptions")}</h2>
            {move || {
                let offers = w.offers.get();
                if offers.is_empty() {
                    return view! { <p>{i18n.msg("customers-add-review-no-offers")}</p> }.into_any();
                }
                view! {
                    <ul>
                        {offers
                            .into_iter()
                            .map(|c| {
                                let q = c.quantity.trim().to_string();
                                view! {
                                    <li>{move || i18n.t_args("customers-add-review-offer", &[("offer", c.name.clone()), ("count", q.clone())])}</li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any()
            }}
            <p>
                <button type="button" class="button button-secondary" on:click=go(Step::Subscriptions)>
                    {i18n.msg_cloud("customers-add-edit")}
                    <span class="visually-hidden">" " {i18n.msg("customers-add-step-subscriptions")}</span>
                </button>
            </p>
        </section>
        <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
            <div class="actions">
                <button type="button" class="button button-secondary" on:click=go(Step::Subscriptions)>
                    {i18n.msg("customers-add-back")}
                </button>
                <SubmitButton form=form label="customers-add-submit" busy="customers-add-submitting"/>
            </div>
        </form>
    }
}
