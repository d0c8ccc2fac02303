//! `<dialog>` calls web-sys is not built with here, made by name (as Account settings does, for
//! the same reason: no new JavaScript shim in the first load). A missing method costs only the
//! modal behaviour, never the page.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

fn call(target: &JsValue, name: &str) {
    if let Ok(f) = js_sys::Reflect::get(target, &JsValue::from_str(name)).and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = f.call0(target);
    }
}

/// Opens a `<dialog>` as a modal: the rest of the page is inert (focus stays inside), Escape
/// closes it.
pub fn show_modal(dialog: &web_sys::HtmlElement) {
    if !dialog.has_attribute("open") {
        call(dialog, "showModal");
    }
}

pub fn close(dialog: &web_sys::HtmlElement) {
    if dialog.has_attribute("open") {
        call(dialog, "close");
    }
}
