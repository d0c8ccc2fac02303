use leptos::prelude::*;

use super::steps::{ALL, Step};
use crate::i18n::use_i18n;

/// The wizard's steps as an ordered list: done, current (`aria-current="step"`), to come. The
/// steps move with the step's own buttons (Next, Back, Update), which check what they leave.
#[component]
pub fn StepIndicator(current: Step) -> impl IntoView {
    let i18n = use_i18n();
    let position = ALL.iter().position(|s| *s == current).unwrap_or(0) + 1;
    view! {
        <nav class="wizard-progress" aria-label=move || i18n.t("customers-add-progress")>
            <ol>
                {ALL
                    .into_iter()
                    .map(|s| {
                        let label = i18n.msg(s.label_id());
                        if s == current {
                            view! { <li class="current" aria-current="step">{label}</li> }.into_any()
                        } else if s < current {
                            view! { <li class="done">{label}</li> }.into_any()
                        } else {
                            view! { <li class="todo">{label}</li> }.into_any()
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
        <p class="muted">
            {move || {
                i18n.t_args("customers-add-step-of", &[("step", position.to_string()), ("count", ALL.len().to_string())])
            }}
        </p>
    }
}
