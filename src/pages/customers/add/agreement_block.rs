use leptos::prelude::*;

use super::fields::Key;
use super::state::Wizard;
use crate::components::CheckField;
use crate::components::FormField;
use crate::i18n::use_i18n;

/// The Microsoft cloud agreement on Account info (global cloud; docs confirm-consent): the
/// customer's acceptance, its date (not in the future) and who accepted, which is the primary
/// contact until the partner chooses Update.
#[component]
pub fn AgreementBlock(w: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let f = move |k| w.field(k);
    let (first, last, email, phone) = (f(Key::FirstName), f(Key::LastName), f(Key::Email), f(Key::Phone));
    let contact = [
        (first, f(Key::McaFirstName)),
        (last, f(Key::McaLastName)),
        (email, f(Key::McaEmail)),
        (phone, f(Key::McaPhone)),
    ];
    let update = move |_| {
        // Start from the primary contact: usually only one detail differs.
        for (primary, own) in contact {
            if own.value.with_untracked(|v| v.trim().is_empty()) {
                own.value.set(primary.value.get_untracked());
            }
        }
        w.mca_custom.set(true);
        crate::dom::focus_when_shown(Key::McaFirstName.path());
    };
    let shown = move |field: crate::form::Field| {
        move || {
            let v = field.value.get();
            if v.trim().is_empty() { "—".to_string() } else { v }
        }
    };
    view! {
        <fieldset class="card">
            <legend><h2>{i18n.msg("customers-add-mca-title")}</h2></legend>
            <p>{i18n.msg("customers-add-mca-intro")}</p>
            <CheckField field=f(Key::McaAccepted)/>
            <FormField field=f(Key::McaDate) input_type="date" hint="customers-add-mca-date-hint"/>
            <h3>{i18n.msg("customers-add-mca-contact")}</h3>
            <Show
                when=move || w.mca_custom.get()
                fallback=move || view! {
                    <p class="muted">{i18n.msg("customers-add-mca-contact-default")}</p>
                    <dl class="details">
                        <dt>{i18n.msg("customers-add-first-name")}</dt><dd>{shown(first)}</dd>
                        <dt>{i18n.msg("customers-add-last-name")}</dt><dd>{shown(last)}</dd>
                        <dt>{i18n.msg("customers-add-email")}</dt><dd>{shown(email)}</dd>
                        <dt>{i18n.msg("customers-add-phone")}</dt><dd>{shown(phone)}</dd>
                    </dl>
                    <p>
                        <button type="button" class="button button-secondary" on:click=update>
                            {i18n.msg("customers-add-update")}
                            <span class="visually-hidden">" " {i18n.msg("customers-add-mca-contact")}</span>
                        </button>
                    </p>
                }
            >
                <FormField field=f(Key::McaFirstName) autocomplete="off"/>
                <FormField field=f(Key::McaLastName) autocomplete="off"/>
                <FormField field=f(Key::McaEmail) input_type="email" autocomplete="off"/>
                <FormField field=f(Key::McaPhone) input_type="tel" autocomplete="off" optional=true/>
                <p>
                    <button type="button" class="button button-secondary" on:click=move |_| w.mca_custom.set(false)>
                        {i18n.msg("customers-add-mca-use-primary")}
                    </button>
                </p>
            </Show>
        </fieldset>
    }
}
