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

/// A line whose fix is on another page (an earlier step of a wizard): the message, then a link
/// to that page.
#[derive(Clone, Debug, PartialEq)]
pub struct ElsewhereItem {
    pub message: String,
    pub href: &'static str,
    /// The link's words ("Change").
    pub link: String,
    /// What the link changes, read to screen readers after the link's words (a bare "Change"
    /// would not say what).
    pub what: String,
}

/// "There is a problem" at the top of a form (the GOV.UK pattern): it takes focus after each
/// failed submit and links to every field in error, and to the page that fixes each problem
/// found elsewhere.
#[component]
pub fn ErrorSummary(
    #[prop(into)] items: Signal<Vec<SummaryItem>>,
    /// Bumped by the form on every failed submit, to move focus here again.
    #[prop(into)]
    focus: Signal<u32>,
    /// Problems fixed on other pages, listed after the fields of this page and before the
    /// problems with the form as a whole.
    #[prop(optional, into)]
    elsewhere: Option<Signal<Vec<ElsewhereItem>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let node = NodeRef::<Div>::new();
    // What the summary lists is taken when a submit fails (and again in a newly chosen
    // language), not live: a problem fixed on blur must not make the summary shrink under the
    // pointer on its way to the submit button (the click would land elsewhere). A form that
    // succeeds while staying on the page sets `focus` back to 0 to hide it.
    let shown = RwSignal::new(Vec::<Line>::new());
    Effect::new(move |_| {
        focus.track();
        i18n.locale();
        let others = elsewhere.map(|e| e.get_untracked()).unwrap_or_default();
        shown.set(lines(items.get_untracked(), others));
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
                    {move || shown.get().into_iter().map(|line| match line {
                        Line::Here(SummaryItem { field: Some(field), message }) => view! {
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
                                >{message}</a>
                            </li>
                        }.into_any(),
                        Line::Here(SummaryItem { field: None, message }) => view! { <li>{message}</li> }.into_any(),
                        Line::Elsewhere(item) => view! {
                            <li>
                                {item.message} " — "
                                <a href=item.href>
                                    {item.link}
                                    <span class="visually-hidden">" " {item.what}</span>
                                </a>
                            </li>
                        }.into_any(),
                    }).collect_view()}
                </ul>
            </div>
        </Show>
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Line {
    Here(SummaryItem),
    Elsewhere(ElsewhereItem),
}

/// The summary's lines in order: this page's fields, then what is fixed elsewhere, then the
/// problems with the form as a whole (the items without a field).
fn lines(items: Vec<SummaryItem>, elsewhere: Vec<ElsewhereItem>) -> Vec<Line> {
    let at = items.iter().position(|i| i.field.is_none()).unwrap_or(items.len());
    let mut items = items.into_iter().map(Line::Here);
    let mut out: Vec<Line> = items.by_ref().take(at).collect();
    out.extend(elsewhere.into_iter().map(Line::Elsewhere));
    out.extend(items);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(field: Option<&'static str>, message: &str) -> SummaryItem {
        SummaryItem { field, message: message.into() }
    }

    fn elsewhere(message: &str) -> ElsewhereItem {
        ElsewhereItem { message: message.into(), href: "/x", link: "Change".into(), what: "x".into() }
    }

    #[test]
    fn problems_fixed_elsewhere_come_after_the_fields_and_before_the_whole_form() {
        let got = lines(vec![item(Some("a"), "a"), item(None, "down")], vec![elsewhere("b")]);
        assert_eq!(
            got,
            [Line::Here(item(Some("a"), "a")), Line::Elsewhere(elsewhere("b")), Line::Here(item(None, "down"))]
        );
        // Without them, the items keep the order the page gave.
        let given = vec![item(Some("a"), "a"), item(None, "down"), item(Some("b"), "b")];
        assert_eq!(lines(given.clone(), Vec::new()), given.into_iter().map(Line::Here).collect::<Vec<_>>());
    }
}
