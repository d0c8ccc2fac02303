//! The clipboard, called by name through `Reflect` (as `settings/users/dom.rs` does, so no typed
//! binding's shim lands in the first load's JavaScript).

use wasm_bindgen::{JsCast, JsValue};

/// Puts `text` on the clipboard; false when the browser has no clipboard here or refused it
/// (no permission, page not focused): the draft is on screen to select and copy by hand.
pub async fn copy(text: &str) -> bool {
    let Some(w) = web_sys::window() else { return false };
    let Ok(clipboard) = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("clipboard")) else { return false };
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let Some(write) = js_sys::Reflect::get(&clipboard, &JsValue::from_str("writeText"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    // writeText answers with a promise that rejects when the browser refuses.
    match write.call1(&clipboard, &JsValue::from_str(text)).map(|p| p.dyn_into::<js_sys::Promise>()) {
        Ok(Ok(promise)) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}
