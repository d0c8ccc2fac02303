use leptos::prelude::*;

use super::details::{Shared, section_error};
use super::rules::{self, Access};
use super::{intl, quantity};
use crate::api;
use crate::components::{SubmitButton, TextField};
use crate::form::submit::Handled;
use crate::form::{Field, Form};
use crate::i18n::use_i18n;
use crate::model::customers::Subscription;

/// **Quantity** › Submit. A suspended subscription's quantity cannot change (said, no form).
/// After a 412 the page reads the new version, says what the other change did (their quantity
/// and status), keeps the number the partner typed, and a Submit applies it to the new version.
#[component]
pub fn QuantityForm(
    form: Form,
    shared: Shared,
    field: Field,
    #[prop(into)] access: Signal<Access>,
    wait: RwSignal<Option<u32>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let conflict = RwSignal::new(None::<Subscription>);
    // The value last saved: the notice shows while the field still holds it.
    let saved = RwSignal::new(None::<String>);
    let part = form.part(&[field]);
    let hook_shared = shared.clone();
    let part = part.on_error(move |e| {
        saved.set(None);
        if e.status() == Some(412) {
            hook_shared.reload(move |s| conflict.set(Some(s.clone())));
        }
        if matches!(e.status(), Some(400 | 422))
            && e.field_errors().iter().any(|f| f.field == "quantity" && f.code == "out_of_range")
        {
            field.set_server_message("subscription-error-quantity-range");
            return Handled::Yes;
        }
        section_error(part, &hook_shared, wait, e)
    });
    let on_submit = part.on_submit(
        {
            let shared = shared.clone();
            move |ids| {
                let client = shared.client.clone();
                let (customer, id, etag) = shared.target();
                let change = rules::quantity_patch(quantity::parse(&field.value.get_untracked()).unwrap_or_default());
                let request = ids.get("quantity");
                async move { api::subscriptions::update(&client, &customer, &id, &change, &etag, &request).await }
            }
        },
        {
            let base = shared.base;
            move |s: Subscription| {
                field.value.set(s.quantity.to_string());
                base.set(s);
                conflict.set(None);
                saved.set(Some(field.value.get_untracked()));
                wait.set(None);
            }
        },
    );
    let conflict_text = move || {
        conflict.get().map(|s| {
            let l = i18n.locale();
            i18n.t_args(
                "subscription-quantity-conflict",
                &[
                    ("quantity", intl::count(l, s.quantity)),
                    ("status", i18n.t(rules::status_label(s.status))),
                    ("typed", field.value.get()),
                ],
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="sbQuantityTitle">
            <h2 id="sbQuantityTitle">{i18n.msg("subscription-quantity")}</h2>
            <Show
                when=move || access.get() == Access::Active
                fallback=move || view! { <p>{i18n.msg("subscription-quantity-suspended")}</p> }
            >
                {move || conflict_text().map(|t| view! { <p class="notice notice-warning" role="alert">{t}</p> })}
                <Show when=move || saved.with(|v| v.as_deref() == Some(field.value.get().as_str()))>
                    <p class="notice notice-success" role="status">{i18n.msg("subscription-quantity-saved")}</p>
                </Show>
                <form novalidate on:submit=on_submit.clone() aria-busy=move || part.pending().get().then_some("true")>
                    <TextField
                        id=field.id
                        label=i18n.msg("subscription-quantity-label")
                        hint=Some(i18n.msg("subscription-quantity-hint"))
                        value=field.value
                        error=field.message(i18n)
                        autocomplete=Some("off")
                        required=true
                        on_blur=Callback::new(move |_| field.blur())
                    />
                    <SubmitButton form=part label="subscription-submit"/>
                </form>
            </Show>
        </section>
    }
}
