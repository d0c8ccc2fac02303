//! Small browser calls the pages share. `<dialog>` and the clipboard are made by name, because
//! web-sys is not built with them here: they are in every browser the app supports, and a missing
//! one only costs the convenience. By name on purpose: wasm-bindgen puts every typed binding's
//! JavaScript shim in the one JS file of the first load, while these reuse the `Reflect` shims it
//! already has.

use wasm_bindgen::{JsCast, JsValue};

/// Calls `target.name(args..)`; the result, or None when there is no such method or it threw.
fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(target, &args).ok()
}

/// Opens a `<dialog>` as a modal: the rest of the page is inert, Escape closes it.
pub fn show_modal(dialog: &web_sys::HtmlElement) {
    if dialog.has_attribute("open") {
        return;
    }
    call(dialog, "showModal", &[]);
}

pub fn close(dialog: &web_sys::HtmlElement) {
    if dialog.has_attribute("open") {
        call(dialog, "close", &[]);
    }
}

/// Copies `text`; false when the browser has no clipboard here (the text is on screen to copy
/// by hand).
pub fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let clipboard = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")).unwrap_or(JsValue::UNDEFINED);
    !clipboard.is_undefined() && call(&clipboard, "writeText", &[JsValue::from_str(text)]).is_some()
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Focuses the element `id` once the view shown by the latest change is in the page (the next
/// animation frame: the reactive updates that build it have run by then). For a notice that
/// replaced a form (a screen reader reads it next), a form's first field, or a control rebuilt
/// under the cursor.
pub fn focus_when_shown(id: impl Into<String>) {
    let id = id.into();
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = leptos::prelude::document().get_element_by_id(&id)
            && let Ok(el) = el.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = el.focus();
        }
    });
}
