use leptos::prelude::*;

use super::steps::{Step, WIZARD};
use crate::i18n::use_i18n;

/// The wizard's steps as an ordered list: done, current (`aria-current="step"`), to come.
/// Done steps link back, so a partner can correct an earlier step; later ones are plain text,
/// since they cannot be opened yet.
#[component]
pub fn Progress(current: Step, #[prop(into)] reached: Signal<Step>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="wizard-progress" aria-label=move || i18n.t("enroll-progress-label")>
            <ol>
                {WIZARD.into_iter().map(|s| {
                    let label = i18n.msg(s.label_id());
                    move || {
                        if s == current {
                            view! { <li class="current" aria-current="step">{label}</li> }.into_any()
                        } else if s <= reached.get() {
                            view! { <li class="done"><a href=s.path()>{label}</a></li> }.into_any()
                        } else {
                            view! { <li class="todo">{label}</li> }.into_any()
                        }
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}
