//! Dates, numbers and money through the browser's Intl, so the wasm carries no CLDR tables.

use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use super::Locale;

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn locales(l: Locale) -> Array {
    Array::of1(&JsValue::from_str(l.tag()))
}

fn call_format(format: Function, this: &JsValue, arg: &JsValue) -> String {
    format.call1(this, arg).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

/// A date and time in the language's style, e.g. "2026年11月22日 18:00" / "22 novembre 2026 à 18:00".
/// `rfc3339` that the browser cannot parse comes back unchanged rather than as "Invalid Date".
pub fn date_time(l: Locale, rfc3339: &str) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let f = Intl::DateTimeFormat::new(&locales(l), &options(&[("dateStyle", "long"), ("timeStyle", "short")]));
    call_format(f.format(), f.unchecked_ref(), &date)
}

/// Just the time of day, e.g. "18:00" / "오후 6:00".
pub fn time(l: Locale, rfc3339: &str) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let f = Intl::DateTimeFormat::new(&locales(l), &options(&[("timeStyle", "short")]));
    call_format(f.format(), f.unchecked_ref(), &date)
}

thread_local! {
    /// The last language's number format: building one costs more than formatting with it, and
    /// lists format a number or two on every change (the customer list's count, on every page).
    static NUMBER: std::cell::RefCell<Option<(Locale, Intl::NumberFormat)>> = const { std::cell::RefCell::new(None) };
}

pub fn number(l: Locale, n: f64) -> String {
    NUMBER.with_borrow_mut(|cached| {
        let f = match cached {
            Some((locale, f)) if *locale == l => f,
            _ => &cached.insert((l, Intl::NumberFormat::new(&locales(l), &Object::new()))).1,
        };
        call_format(f.format(), f.unchecked_ref(), &JsValue::from_f64(n))
    })
}

/// An amount in an ISO 4217 currency, e.g. ("CNY", 1234.5) → "¥1,234.50" in zh-CN. A currency
/// code Intl would refuse is shown after the plain number instead.
pub fn money(l: Locale, currency: &str, amount: f64) -> String {
    if !is_currency_code(currency) {
        return format!("{} {currency}", number(l, amount));
    }
    let f = Intl::NumberFormat::new(&locales(l), &options(&[("style", "currency"), ("currency", currency)]));
    call_format(f.format(), f.unchecked_ref(), &JsValue::from_f64(amount))
}

/// Whether Intl takes `code` as a currency: `new Intl.NumberFormat` throws a RangeError for
/// anything but three ASCII letters, and js-sys does not catch it, so the exception would go
/// through the wasm and leave the app dead. Codes come from the server.
pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic())
}

/// "A, B and C" in the language's own way, via Intl.ListFormat where the browser has it.
pub fn list(l: Locale, items: &[String]) -> String {
    let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
    let ctor = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))
        .ok()
        .and_then(|intl| Reflect::get(&intl, &JsValue::from_str("ListFormat")).ok())
        .and_then(|c| c.dyn_into::<Function>().ok());
    if let Some(ctor) = ctor {
        let args = Array::of2(&locales(l), &options(&[("type", "conjunction")]));
        if let Ok(f) = Reflect::construct(&ctor, &args)
            && let Ok(format) = Reflect::get(&f, &JsValue::from_str("format")).and_then(|v| v.dyn_into::<Function>())
        {
            return call_format(format, &f, &array);
        }
    }
    items.join(", ")
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::is_currency_code;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Only three ASCII letters reach Intl as a currency (ECMA-402's well-formed currency
        /// code), whatever the server sent.
        #[test]
        fn only_well_formed_currency_codes_reach_intl(code in prop_oneof![any_text(), "[A-Za-z]{3}", "[A-Zé中]{2,4}"]) {
            let chars: Vec<char> = code.chars().collect();
            prop_assert_eq!(is_currency_code(&code), chars.len() == 3 && chars.iter().all(char::is_ascii_alphabetic));
        }
    }
}
