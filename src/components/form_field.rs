use leptos::prelude::*;

use crate::components::TextField;
use crate::form::Field;
use crate::i18n::use_i18n;

/// A [`Field`] as a labelled input: checked when the partner leaves it, its error under it in
/// the UI language. The hint is a Fluent id.
#[component]
pub fn FormField(
    field: Field,
    #[prop(optional)] hint: Option<&'static str>,
    /// The hint differs per cloud (`hint` names the message without its cloud suffix).
    #[prop(optional)]
    cloud_hint: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// Shown as "(optional)" and not required; the rule decides what is accepted.
    #[prop(optional)]
    optional: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let label = Signal::derive(move || {
        let text = i18n.t(field.label);
        if optional { i18n.t_args("form-optional", &[("label", text)]) } else { text }
    });
    view! {
        <TextField
            id=field.id
            label=label
            hint=hint.map(|h| if cloud_hint { i18n.msg_cloud(h) } else { i18n.msg(h) })
            value=field.value
            error=field.message(i18n)
            input_type=input_type
            autocomplete=autocomplete
            required=!optional
            on_blur=Callback::new(move |_| field.blur())
        />
    }
}
