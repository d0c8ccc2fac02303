use leptos::html;
use leptos::prelude::*;

use crate::dom;

/// A confirmation asked in a modal `<dialog>` before something that cannot simply be undone
/// (deleting a user, suspending a subscription): the question names what is at stake, focus
/// moves into it (to Cancel, the safe choice) and stays there while it is open (the page behind
/// is inert), Escape cancels, and focus goes back to the button that opened it when it closes
/// (the browser's own `<dialog>` behaviour). The labels come from the caller's area.
#[component]
pub fn ConfirmDialog(
    /// Open while true; set to false when the partner cancels or confirms.
    open: RwSignal<bool>,
    /// DOM id of the dialog (its heading is `<id>-title`, its text `<id>-text`).
    id: &'static str,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] text: Signal<String>,
    /// The confirming button's label.
    #[prop(into)]
    confirm: Signal<String>,
    /// The cancelling button's label.
    #[prop(into)]
    cancel: Signal<String>,
    on_confirm: Callback<()>,
) -> impl IntoView {
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
                }>{confirm}</button>
                <button type="button" class="button button-secondary" node_ref=cancel_button on:click=move |_| open.set(false)>
                    {cancel}
                </button>
            </div>
        </dialog>
    }
}
