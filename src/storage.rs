//! The one door to sessionStorage: what a partner typed, kept as JSON per tab so a reload, a
//! wrong turn or an expired session loses nothing. Callers only ever store non-secret fields:
//! sessionStorage is readable by any script on the page and outlives the form.
//!
//! Every failure is silent on purpose: storage that is full or disabled (private mode) costs
//! only the reload safety net, never the form itself.

use leptos::prelude::window;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The saved value, or None when there is none or it no longer decodes (an older shape).
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    decode(&load_text(key)?)
}

/// What `load` does with the stored text (pure, so it is tested natively): storage is shared
/// with every script and tab of the site, so anything at all may be there.
pub fn decode<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    if let Ok(json) = serde_json::to_string(value) {
        save_text(key, &json);
    }
}

/// The stored text as it is (for a value that is a plain string).
pub fn load_text(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

pub fn save_text(key: &str, text: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, text);
    }
}

pub fn clear(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
