use leptos::prelude::*;

use crate::form::Field;
use crate::i18n::use_i18n;

/// A [`Field`] whose value is one of a list of (value, name) as a labelled select: the names
/// come from the browser (countries, languages) in the UI language. A value the list does not
/// hold stays selectable as it is, so a restored draft is not changed unseen (its error says
/// to choose).
#[component]
pub fn SelectField(field: Field, #[prop(into)] choices: Signal<Vec<(String, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let error = field.message(i18n);
    let error_id = format!("{}-error", field.id);
    let described = error_id.clone();
    let unknown = move || {
        let v = field.value.get();
        (!choices.with(|c| c.iter().any(|(c, _)| *c == v)))
            .then(|| view! { <option value=v.clone()>{v.clone()}</option> })
    };
    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            <label for=field.id>{i18n.msg(field.label)}</label>
            {move || error.get().map(|m| view! {
                <p class="field-error" id=error_id.clone()>
                    <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                    {m}
                </p>
            })}
            <select
                id=field.id
                name=field.id
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                prop:value=move || field.value.get()
                on:change=move |ev| {
                    field.value.set(event_target_value(&ev));
                    field.blur();
                }
            >
                {unknown}
                {move || {
                    choices
                        .get()
                        .into_iter()
                        .map(|(value, name)| {
                            let v = value.clone();
                            view! { <option value=value selected=move || field.value.get() == v>{name}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
