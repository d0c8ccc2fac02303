//! A subscription's dates in the UI language, through the browser's Intl (no CLDR tables in the
//! wasm). The server sends RFC 3339 instants; the page shows the day, in UTC so a time zone never
//! moves a commitment end date to the day before.

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;

/// "Dec 18, 2026" / "2026年12月18日"; a value the browser can't read is shown as it is.
pub fn day(l: Locale, rfc3339: &str) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let o = Object::new();
    let _ = Reflect::set(&o, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&o, &"timeZone".into(), &"UTC".into());
    let f = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(l.tag())), &o);
    f.format().call1(f.unchecked_ref(), &date).ok().and_then(|v| v.as_string()).unwrap_or_else(|| rfc3339.to_string())
}

/// A whole number in the language's digits and grouping ("1,000", "1 000").
pub fn count(l: Locale, n: i64) -> String {
    crate::i18n::format::number(l, n as f64)
}
