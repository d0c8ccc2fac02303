use leptos::prelude::*;

use super::names;
use crate::form::Field;
use crate::i18n::use_i18n;

/// A [`Field`] whose value is one of a list of codes (cultures, languages), as a labelled
/// select naming each code in the UI language. A value the list does not know (from another
/// server) stays selectable as it is, so it is not changed unseen.
#[component]
pub fn ChoiceField(field: Field, choices: &'static [&'static str]) -> impl IntoView {
    let i18n = use_i18n();
    let error_id = format!("{}-error", field.id);
    let message = field.message(i18n);
    let unknown = move || {
        let v = field.value.get();
        (!choices.contains(&v.as_str())).then(|| view! { <option value=v.clone()>{v.clone()}</option> })
    };
    view! {
        <div class="field" class:field-invalid=move || message.with(Option::is_some)>
            <label for=field.id>{i18n.msg(field.label)}</label>
            {
                let error_id = error_id.clone();
                move || message.get().map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })
            }
            <select
                id=field.id
                name=field.id
                aria-invalid=move || if message.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=move || message.with(Option::is_some).then(|| error_id.clone())
                prop:value=move || field.value.get()
                on:change=move |ev| field.value.set(event_target_value(&ev))
            >
                {unknown}
                {choices
                    .iter()
                    .map(|code| {
                        let code = *code;
                        view! {
                            <option value=code selected=move || field.value.get() == code>
                                {move || names::language(i18n.locale(), code)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
