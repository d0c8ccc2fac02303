use leptos::prelude::*;

use super::details::{Shared, section_error};
use super::rules;
use crate::api;
use crate::components::{FormField, SubmitButton};
use crate::form::{Field, Form};
use crate::i18n::use_i18n;
use crate::model::customers::Subscription;

/// **Subscription nickname** › Submit. Left empty, the subscription takes its offer's name again.
#[component]
pub fn NicknameForm(form: Form, shared: Shared, field: Field, wait: RwSignal<Option<u32>>) -> impl IntoView {
    let i18n = use_i18n();
    // The value last saved: the notice shows while the field still holds it.
    let saved = RwSignal::new(None::<String>);
    let part = form.part(&[field]);
    let hook_shared = shared.clone();
    let part = part.on_error(move |e| {
        saved.set(None);
        section_error(part, &hook_shared, wait, e)
    });
    let on_submit = part.on_submit(
        {
            let shared = shared.clone();
            move |ids| {
                let client = shared.client.clone();
                let (customer, id, etag) = shared.target();
                let change = rules::nickname_patch(&field.value.get_untracked());
                let request = ids.get("nickname");
                async move { api::subscriptions::update(&client, &customer, &id, &change, &etag, &request).await }
            }
        },
        {
            let base = shared.base;
            move |s: Subscription| {
                field.value.set(s.friendly_name.clone());
                base.set(s);
                saved.set(Some(field.value.get_untracked()));
                wait.set(None);
            }
        },
    );
    view! {
        <section class="card" aria-labelledby="sbNicknameTitle">
            <h2 id="sbNicknameTitle">{i18n.msg("subscription-nickname")}</h2>
            <Show when=move || saved.with(|v| v.as_deref() == Some(field.value.get().as_str()))>
                <p class="notice notice-success" role="status">{i18n.msg("subscription-nickname-saved")}</p>
            </Show>
            <form novalidate on:submit=on_submit aria-busy=move || part.pending().get().then_some("true")>
                <FormField field hint="subscription-nickname-hint" optional=true autocomplete="off"/>
                <SubmitButton form=part label="subscription-submit"/>
            </form>
        </section>
    }
}
