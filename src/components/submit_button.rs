use leptos::prelude::*;

use crate::form::Form;
use crate::i18n::use_i18n;

/// A form's submit button: it says it is busy while the request is on its way (and a second
/// press does nothing), and offers to try again when the last attempt's outcome is unknown.
/// Labels are Fluent ids.
#[component]
pub fn SubmitButton(
    form: Form,
    label: &'static str,
    #[prop(default = "form-saving")] busy: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let pending = form.pending();
    view! {
        // aria-disabled, not disabled: the button stays focusable and announced while busy.
        <button type="submit" class="button" aria-disabled=move || pending.get().then_some("true")>
            {move || i18n.t(if pending.get() { busy } else if form.retryable() { "form-retry" } else { label })}
        </button>
    }
}
