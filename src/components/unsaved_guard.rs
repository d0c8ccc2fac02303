use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::i18n::use_i18n;

/// Asks before the partner leaves a page with unsaved edits: the browser's own prompt when the
/// tab is closed or reloaded, and a confirmation before a link takes them elsewhere in the app.
/// Back and Forward cannot be stopped by a page; pages that use this keep their edits as a
/// sessionStorage draft, so those lose nothing either.
///
/// Links are caught in the capture phase, before the router's own click handler, which leaves
/// alone a click whose default was prevented.
#[component]
pub fn UnsavedGuard(#[prop(into)] dirty: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if dirty.get_untracked() {
            ev.prevent_default();
            // Older browsers show the prompt only when returnValue is set.
            ev.set_return_value("unsaved");
        }
    });
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if !dirty.get_untracked() || ev.default_prevented() || ev.button() != 0 {
            return;
        }
        // A new tab or window leaves this page where it is.
        if ev.meta_key() || ev.ctrl_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let link = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("a[href]").ok().flatten());
        let Some(link) = link else { return };
        if link.get_attribute("target").is_some_and(|t| t != "_self") || link.has_attribute("download") {
            return;
        }
        let leave = window().confirm_with_message(&i18n.t("form-unsaved-leave")).unwrap_or(true);
        if !leave {
            ev.prevent_default();
            ev.stop_immediate_propagation();
        }
    });
    let doc = document();
    let _ = doc.add_event_listener_with_callback_and_bool("click", on_click.as_ref().unchecked_ref(), true);
    let on_click = StoredValue::new_local(Some(on_click));
    on_cleanup(move || {
        unload.remove();
        if let Some(cb) = on_click.try_update_value(|c| c.take()).flatten() {
            let _ = document().remove_event_listener_with_callback_and_bool("click", cb.as_ref().unchecked_ref(), true);
        }
    });
}
