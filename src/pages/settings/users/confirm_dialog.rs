use leptos::html;
use leptos::prelude::*;

use super::dom;
use crate::i18n::use_i18n;

/// A confirmation asked in a modal `<dialog>`: the question names what is at stake, focus moves
/// into it (to Cancel, the safe choice) and back to the button that opened it when it closes,
/// and Escape cancels.
#[component]
pub fn ConfirmDialog(
    /// Open while true; set to false when the partner cancels.
    open: RwSignal<bool>,
    /// DOM id of the dialog (its heading is `<id>-title`).
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The Fluent id of the confirming button's label.
    confirm: &'static str,
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
    let title_id = format!("{id}-title");
    let text_id = format!("{id}-text");
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
                }>{i18n.msg(confirm)}</button>
                <button type="button" class="button button-secondary" node_ref=cancel_button on:click=move |_| open.set(false)>
                    {i18n.msg("users-cancel")}
                </button>
            </div>
        </dialog>
    }
}
