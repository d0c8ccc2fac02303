//! Hands a text file to the browser as a download: a Blob, an object URL and a link with
//! `download`, clicked and removed. By js-sys reflection rather than web-sys' Blob and Url: each
//! typed binding adds a JavaScript shim to the one JS file of the first load (see
//! `settings/users/dom.rs`). Used only by areas (the price list, the customer and subscription
//! exports), so the release build puts it in a chunk they share, not in the first load.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Starts the download of `text` as `file_name`. False when the browser refused.
pub fn save_text(file_name: &str, mime: &str, text: &str) -> bool {
    try_save(file_name, mime, text).is_some()
}

fn try_save(file_name: &str, mime: &str, text: &str) -> Option<()> {
    let global = js_sys::global();
    let blob_ctor: Function = Reflect::get(&global, &"Blob".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &JsValue::from_str(mime)).ok()?;
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = Reflect::construct(&blob_ctor, &Array::of2(&parts, &options)).ok()?;
    let url_ctor = Reflect::get(&global, &"URL".into()).ok()?;
    let create: Function = Reflect::get(&url_ctor, &"createObjectURL".into()).ok()?.dyn_into().ok()?;
    let url = create.call1(&url_ctor, &blob).ok()?.as_string()?;

    let doc = leptos::prelude::document();
    let a = doc.create_element("a").ok()?;
    a.set_attribute("href", &url).ok()?;
    a.set_attribute("download", file_name).ok()?;
    a.set_attribute("hidden", "").ok()?;
    doc.body()?.append_child(&a).ok()?;
    a.clone().dyn_into::<web_sys::HtmlElement>().ok()?.click();
    a.remove();
    // The browser has taken the file by the next turn; then the blob can go.
    let revoke: Option<Function> =
        Reflect::get(&url_ctor, &"revokeObjectURL".into()).ok().and_then(|f| f.dyn_into().ok());
    leptos::prelude::set_timeout(
        move || {
            if let Some(r) = revoke {
                let _ = r.call1(&url_ctor, &JsValue::from_str(&url));
            }
        },
        std::time::Duration::from_secs(30),
    );
    Some(())
}
