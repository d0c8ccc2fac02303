use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::use_i18n;

/// One line of the summary: the field it belongs to (None for a problem with the whole form,
/// such as the server being down) and the message in the UI language.
#[derive(Clone, Debug, PartialEq)]
pub struct SummaryItem {
    pub field: Option<&'static str>,
    pub message: String,
}

/// "There is a problem" at the top of a form (the GOV.UK pattern): it takes focus after each
/// failed submit and links to every field in error.
#[component]
pub fn ErrorSummary(
    #[prop(into)] items: Signal<Vec<SummaryItem>>,
    /// Bumped by the form on every failed submit, to move focus here again.
    #[prop(into)]
    focus: Signal<u32>,
) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    // What the summary lists is taken when a submit fails (and again in a newly chosen
    // language), not live: a problem fixed on blur must not make the summary shrink under the
    // pointer on its way to the submit button (the click would land elsewhere). A form that
    // succeeds while staying on the page sets `focus` back to 0 to hide it.
    let shown = RwSignal::new(Vec::<SummaryItem>::new());
    Effect::new(move |_| {
        focus.track();
        i18n.locale();
        shown.set(items.get_untracked());
    });
    Effect::new(move |_| {
        if focus.get() > 0
            && let Some(el) = node.get()
        {
            let _ = el.focus();
        }
    });

    view! {
        // Only after a submit: problems found on blur show at their fields, and an alert
        // popping up while the partner is still typing would interrupt their screen reader.
        <Show when=move || { focus.get() > 0 && shown.with(|i| !i.is_empty()) }>
            <div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" node_ref=node>
                <h2 id="error-summary-title">{i18n.msg("error-summary-title")}</h2>
                <ul>
                    {move || shown.get().into_iter().map(|item| match item.field {
                        Some(field) => view! {
                            <li>
                                <a
                                    href=format!("#{field}")
                                    on:click=move |ev| {
                                        // Focus the input itself; a bare fragment would only scroll.
                                        ev.prevent_default();
                                        if let Some(el) = document().get_element_by_id(field) {
                                            use wasm_bindgen::JsCast;
                                            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                                                let _ = el.focus();
                                            }
                                        }
                                    }
                                >{item.message}</a>
                            </li>
                        }.into_any(),
                        None => view! { <li>{item.message}</li> }.into_any(),
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
