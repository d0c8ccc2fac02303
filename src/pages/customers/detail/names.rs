//! Country, language and culture codes in words of the UI language, by the browser's
//! `Intl.DisplayNames` (the wasm carries no CLDR tables). Reached by reflection: an older
//! browser without it, or a code it does not know, shows the code itself.

use js_sys::{Array, Function, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;

fn display_name(l: Locale, kind: &str, code: &str) -> Option<String> {
    let code = code.trim();
    if code.is_empty() {
        return None;
    }
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor: Function = Reflect::get(&intl, &"DisplayNames".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"type".into(), &JsValue::from_str(kind)).ok()?;
    Reflect::set(&options, &"fallback".into(), &JsValue::from_str("none")).ok()?;
    let names = Reflect::construct(&ctor, &Array::of2(&Array::of1(&JsValue::from_str(l.tag())), &options)).ok()?;
    let of: Function = Reflect::get(&names, &"of".into()).ok()?.dyn_into().ok()?;
    // `of` throws a RangeError for a malformed code: that is the code shown as it is.
    of.call1(&names, &JsValue::from_str(code)).ok()?.as_string().filter(|s| !s.is_empty())
}

/// A country (ISO 3166 alpha-2) by name, e.g. "CN" → "中国" in zh-CN; the code if unknown.
pub fn country(l: Locale, code: &str) -> String {
    display_name(l, "region", code).unwrap_or_else(|| code.to_string())
}

/// A language or culture by name with its code, e.g. "fr-FR" → "French (France) (fr-FR)", so
/// the partner sees both what it is and the value the customer's record holds.
pub fn language(l: Locale, code: &str) -> String {
    match display_name(l, "language", code) {
        Some(name) => format!("{name} ({code})"),
        None => code.to_string(),
    }
}
