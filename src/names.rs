//! Country and language names in the UI language, from the browser's `Intl.DisplayNames`, and
//! today's date in the partner's calendar (Add customer, and the global enrollment's country).
//! A browser without DisplayNames shows the codes.

use js_sys::{Array, Date, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;

/// The countries the contract knows (ISO 3166-1 alpha-2, `PartnerCountry`).
pub const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ \
BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ \
FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM \
JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT \
MU MV MW MX MY MZ NA NC NE NF NG NI NL NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC \
SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA \
VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

fn display_names(l: Locale, kind: &str) -> Option<JsValue> {
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
    let ctor = Reflect::get(&intl, &"DisplayNames".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let o = Object::new();
    let _ = Reflect::set(&o, &"type".into(), &kind.into());
    let _ = Reflect::set(&o, &"fallback".into(), &"code".into());
    Reflect::construct(&ctor, &Array::of2(&JsValue::from_str(l.tag()), &o)).ok()
}

fn name_of(names: &Option<JsValue>, code: &str) -> String {
    names
        .as_ref()
        .and_then(|n| {
            let of = Reflect::get(n, &"of".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            of.call1(n, &JsValue::from_str(code)).ok()?.as_string()
        })
        .unwrap_or_else(|| code.to_string())
}

/// (code, name) of every country but `except`, sorted by name in the UI language.
pub fn countries(l: Locale, except: &str) -> Vec<(String, String)> {
    let names = display_names(l, "region");
    let mut all: Vec<(String, String)> =
        COUNTRIES.split(' ').filter(|c| *c != except).map(|c| (c.to_string(), name_of(&names, c))).collect();
    let collator = js_sys::Intl::Collator::new(&Array::of1(&JsValue::from_str(l.tag())), &Object::new());
    let compare = collator.compare();
    all.sort_by(|a, b| {
        let r = compare.call2(&collator, &JsValue::from_str(&a.1), &JsValue::from_str(&b.1)).ok();
        r.and_then(|v| v.as_f64()).map_or(std::cmp::Ordering::Equal, |n| n.total_cmp(&0.0))
    });
    all
}

/// A country's name in the UI language.
pub fn country(l: Locale, code: &str) -> String {
    name_of(&display_names(l, "region"), code)
}

/// A culture's or a language's name in the UI language ("Chinese (China)", "中文").
pub fn language(l: Locale, tag: &str) -> String {
    name_of(&display_names(l, "language"), tag)
}

/// Today in the partner's calendar, `YYYY-MM-DD` (what a date input calls today).
pub fn today() -> String {
    let d = Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// A `YYYY-MM-DD` day as the UI language writes it, read and written in UTC so no time zone
/// shifts it; a value the browser can't read is shown as it is.
pub fn day(l: Locale, ymd: &str) -> String {
    let date = Date::new(&JsValue::from_str(ymd));
    if ymd.len() != 10 || date.get_time().is_nan() {
        return ymd.to_string();
    }
    let o = Object::new();
    let _ = Reflect::set(&o, &"dateStyle".into(), &"long".into());
    let _ = Reflect::set(&o, &"timeZone".into(), &"UTC".into());
    let f = js_sys::Intl::DateTimeFormat::new(&Array::of1(&JsValue::from_str(l.tag())), &o);
    f.format().call1(f.unchecked_ref(), &date).ok().and_then(|v| v.as_string()).unwrap_or_else(|| ymd.to_string())
}
