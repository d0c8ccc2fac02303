//! Dates and prices of the price list in the UI language, through the browser's Intl.
//! `crate::i18n::format` has money but no date without a time; this adds it here, for this area
//! only (it could move to format.rs if another page needs it).

use js_sys::{Array, Date, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;
use crate::model::catalog::price_parts;

/// A `YYYY-MM-DD` day as the language writes it ("Dec 18, 2026", "2026年12月18日"). The day is
/// read and written in UTC, so no time zone shifts it; a value the browser can't read is shown
/// as it is.
pub fn day(l: Locale, ymd: &str) -> String {
    let date = Date::new(&JsValue::from_str(ymd));
    if ymd.len() != 10 || date.get_time().is_nan() {
        return ymd.to_string();
    }
    let o = Object::new();
    let _ = Reflect::set(&o, &"dateStyle".into(), &"medium".into());
    let _ = Reflect::set(&o, &"timeZone".into(), &"UTC".into());
    let f = Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(l.tag())), &o);
    f.format().call1(f.unchecked_ref(), &date).ok().and_then(|v| v.as_string()).unwrap_or_else(|| ymd.to_string())
}

/// A price in its currency ("¥152.00", "US$23.00"), or the server's text when it is not an
/// amount and a currency code.
pub fn price(l: Locale, amount: &str, currency: &str) -> String {
    match price_parts(amount, currency) {
        Some((n, code)) => crate::i18n::format::money(l, code, n),
        None => format!("{amount} {currency}").trim().to_string(),
    }
}
