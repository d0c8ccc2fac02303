use leptos::prelude::*;

use crate::form::Field;
use crate::i18n::use_i18n;

/// A [`Field`] as a checkbox: ticked is "yes", not ticked is empty (which its rule refuses with
/// the page's words, so "must be ticked" works like any required field).
#[component]
pub fn CheckField(field: Field) -> impl IntoView {
    let i18n = use_i18n();
    let error = field.message(i18n);
    let error_id = format!("{}-error", field.id);
    let described = error_id.clone();
    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            {move || error.get().map(|m| view! {
                <p class="field-error" id=error_id.clone()>
                    <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                    {m}
                </p>
            })}
            <div class="checkbox">
                <input
                    type="checkbox"
                    id=field.id
                    name=field.id
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                    prop:checked=move || field.value.with(|v| !v.is_empty())
                    on:change=move |ev| {
                        field.value.set(if event_target_checked(&ev) { "yes".into() } else { String::new() });
                        field.blur();
                    }
                />
                <label for=field.id>{i18n.msg(field.label)}</label>
            </div>
        </div>
    }
}
