use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::state::{Outcome, Wizard};
use crate::form::request_error_message;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// The confirmation, in place of the steps once the customer exists: the new tenant's admin
/// user name and temporary password (from memory only: shown once, as the docs warn), with Copy
/// and Print; how each purchase went, with Try again for those that failed only; then Done, to
/// the new customer's page.
#[component]
pub fn Confirmation(w: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let page = w.page;
    let navigate = use_navigate();
    let Some(created) = w.created.get_untracked() else { return ().into_any() };
    let customer_id = created.customer.id.clone();
    let company = created.customer.company_profile.company_name.clone();
    let copied = RwSignal::new(None::<bool>);
    crate::dom::focus_when_shown("confirmation-title");

    let credentials = created.credentials.clone().map(|c| {
        let text = StoredValue::new(String::new());
        let (user, password) = (c.user_name.clone(), c.password.clone());
        view! {
            <section class="card" aria-labelledby="setup-info">
                <h2 id="setup-info">{i18n.msg("customers-add-setup-info")}</h2>
                <p class="notice notice-warning"><strong>{i18n.msg("customers-add-password-once")}</strong></p>
                <dl class="details">
                    <dt>{i18n.msg("customers-add-admin-user")}</dt>
                    <dd translate="no">{user.clone()}</dd>
                    <dt>{i18n.msg("customers-add-temporary-password")}</dt>
                    <dd><code class="temporary-password" translate="no">{password.clone()}</code></dd>
                </dl>
                <div class="actions no-print">
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            text.set_value(format!(
                                "{}: {}\n{}: {}",
                                i18n.t("customers-add-admin-user"),
                                user,
                                i18n.t("customers-add-temporary-password"),
                                password
                            ));
                            copied.set(Some(crate::dom::copy(&text.get_value())));
                        }
                    >
                        {i18n.msg("customers-add-copy")}
                    </button>
                    <button type="button" class="button button-secondary" on:click=move |_| crate::dom::print()>
                        {i18n.msg("customers-add-print")}
                    </button>
                </div>
                <p role="status" class="muted no-print">
                    {move || copied.get().map(|ok| i18n.t(if ok { "customers-add-copied" } else { "customers-add-copy-failed" }))}
                </p>
            </section>
        }
    });

    let retry_id = customer_id.clone();
    let retry_id = StoredValue::new(retry_id);
    let retry = move |_| super::submit::buy(w, page, &retry_id.get_value(), Some(()));
    let any_failed = move || w.purchases.with(|p| p.iter().any(|p| matches!(p.outcome, Outcome::Failed(_))));
    let purchases = move || {
        w.purchases
            .get()
            .into_iter()
            .map(|p| {
                let name = p.chosen.name.clone();
                let count = p.quantity.to_string();
                let line = match p.outcome {
                    Outcome::Pending => i18n.t_args("customers-add-buying", &[("offer", name), ("count", count)]),
                    Outcome::Done => i18n.t_args("customers-add-bought", &[("offer", name), ("count", count)]),
                    Outcome::Failed(e) => i18n.t_args(
                        "customers-add-not-bought",
                        &[("offer", name), ("count", count), ("reason", request_error_message(i18n, &e))],
                    ),
                };
                view! { <li>{line}</li> }
            })
            .collect_view()
    };
    let agreement_id = customer_id.clone();
    let agreement = move || {
        let outcome = w.agreement.get()?;
        let (line, failed) = match outcome {
            Outcome::Pending => (i18n.t("customers-add-mca-recording"), false),
            Outcome::Done => (i18n.t("customers-add-mca-recorded"), false),
            Outcome::Failed(e) => {
                (i18n.t_args("customers-add-mca-not-recorded", &[("reason", request_error_message(i18n, &e))]), true)
            }
        };
        let id = agreement_id.clone();
        Some(view! {
            <p>{line}</p>
            {failed.then(|| view! {
                <button
                    type="button"
                    class="button button-secondary"
                    on:click=move |_| {
                        if let Some(req) = w.agreement_request.get_value() {
                            super::submit::record_agreement(w, page, id.clone(), req);
                        }
                    }
                >
                    {i18n.msg("customers-add-mca-retry")}
                </button>
            })}
        })
    };
    let done = move |_| {
        let to = format!("{}?id={}", Page::Customer.path(), String::from(js_sys::encode_uri_component(&customer_id)));
        navigate(&to, Default::default());
    };

    view! {
        <section aria-labelledby="confirmation-title">
            <h2 id="confirmation-title" tabindex="-1">{i18n.msg("customers-add-confirmation")}</h2>
            <p class="notice notice-success" role="status">{i18n.t_with("customers-add-created", "company", company)}</p>
            {credentials}
            <Show when=move || w.purchases.with(|p| !p.is_empty())>
                <section class="card" aria-labelledby="confirmation-subscriptions">
                    <h2 id="confirmation-subscriptions">{i18n.msg("customers-add-step-subscriptions")}</h2>
                    <ul aria-live="polite">{purchases}</ul>
                    <Show when=any_failed>
                        <button type="button" class="button button-secondary" on:click=retry>
                            {i18n.msg("customers-add-buy-retry")}
                        </button>
                    </Show>
                </section>
            </Show>
            <div aria-live="polite">{agreement}</div>
            <div class="actions">
                <button type="button" class="button" on:click=done>{i18n.msg("customers-add-done")}</button>
            </div>
        </section>
    }
    .into_any()
}
