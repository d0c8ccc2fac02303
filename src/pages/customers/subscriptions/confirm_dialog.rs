use leptos::html;
use leptos::prelude::*;

use super::dom;
use crate::i18n::use_i18n;

/// A confirmation in a modal `<dialog>`: focus moves into it (to Cancel, the safe choice) and
/// stays there while it is open (the page behind is inert), Escape cancels, and focus goes back
/// to the button that opened it when it closes (the browser's own `<dialog>` behaviour).
#[component]
pub fn ConfirmDialog(
    /// Open while true; set to false when the partner cancels or confirms.
    open: RwSignal<bool>,
    /// DOM id of the dialog (its heading is `<id>Title`, its text `<id>Text`).
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] text: Signal<String>,
    #[prop(into)] confirm: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let dialog = NodeRef::<html::Dialog>::new();
    let cancel_button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        let is_open = open.get();
        if let Some(d) = dialog.get() {
            let el: &web_sys::HtmlElement = &d;
            if is_open {
                dom::show_modal(el);
                if let Some(b) = cancel_button.get_untracked() {
                    let _ = b.focus();
                }
            } else {
                dom::close(el);
            }
        }
    });
    let title_id = format!("{id}Title");
    let text_id = format!("{id}Text");
    view! {
        <dialog
            node_ref=dialog
            id=id
            class="confirm-dialog"
            aria-labelledby=title_id.clone()
            aria-describedby=text_id.clone()
            // Escape (the browser's "cancel") and any other way of closing it.
            on:close=move |_| open.set(false)
        >
            <h2 id=title_id.clone()>{title}</h2>
            <p id=text_id.clone()>{text}</p>
            <div class="actions">
                <button type="button" class="button" on:click=move |_| {
                    open.set(false);
                    on_confirm.run(());
                }>{confirm}</button>
                <button type="button" class="button button-secondary" node_ref=cancel_button on:click=move |_| open.set(false)>
                    {i18n.msg("subscription-cancel")}
                </button>
            </div>
        </dialog>
    }
}
