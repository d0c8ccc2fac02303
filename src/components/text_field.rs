use leptos::prelude::*;

use crate::i18n::use_i18n;

/// One labelled input with its hint and its error message, wired the way assistive technology
/// expects: `label for`, `aria-describedby` (hint, then error), `aria-invalid`, `autocomplete`.
/// The value lives in the caller's signal, so a failed submit or re-render never loses it.
#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    #[prop(default = None)] hint: Option<Signal<String>>,
    value: RwSignal<String>,
    /// The message under the field, already in the UI language; None when the field is fine.
    #[prop(into)]
    error: Signal<Option<String>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = None)] autocomplete: Option<&'static str>,
    #[prop(optional)] required: bool,
    #[prop(optional, into)] on_blur: Option<Callback<()>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let has_hint = hint.is_some();
    let described_by = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };

    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            {move || error.get().map(|msg| view! {
                <p class="field-error" id=error_id.clone()>
                    <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                    {msg}
                </p>
            })}
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                required=required
                aria-required=required.then_some("true")
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described_by
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:blur=move |ev| {
                    if let Some(cb) = on_blur
                        && !leaving_for_a_button(&ev)
                    {
                        cb.run(());
                    }
                }
            />
        </div>
    }
}

/// True when the field is left by pressing a button with the pointer. The button's own action
/// judges the form anyway, and an error appearing now would push the button from under the
/// pointer between mouse down and mouse up, so the click would be lost. Tabbing to the button
/// still checks the field (nothing moves under a key press).
fn leaving_for_a_button(ev: &leptos::ev::FocusEvent) -> bool {
    use wasm_bindgen::JsCast;
    ev.related_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.tag_name().eq_ignore_ascii_case("button") && el.matches(":active").unwrap_or(false))
}
