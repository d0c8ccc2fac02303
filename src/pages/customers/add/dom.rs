//! Browser calls the wizard needs that web-sys is not built with here (the clipboard), made by
//! name as `settings/users/dom.rs` does: a missing one only costs the convenience.

use wasm_bindgen::{JsCast, JsValue};

fn call(target: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(name)).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let args: js_sys::Array = args.iter().collect();
    f.apply(target, &args).ok()
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

/// Moves focus to the element `id` once the view shown by the latest change is in the page.
pub fn focus(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        if let Some(el) = leptos::prelude::document().get_element_by_id(id) {
            let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    });
}
