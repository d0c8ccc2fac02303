//! What a signed-out partner typed, kept in sessionStorage as JSON so a reload (or a wrong turn
//! and back) loses nothing. Callers only ever store non-secret fields: sessionStorage is readable
//! by any script on the page and outlives the form.

use leptos::prelude::window;
use serde::Serialize;
use serde::de::DeserializeOwned;

fn storage() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

/// The saved value, or None when there is none or it no longer decodes (an older shape).
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    decode(&storage()?.get_item(key).ok().flatten()?)
}

/// What `load` does with the stored text (pure, so it is tested natively): storage is shared
/// with every script and tab of the site, so anything at all may be there.
pub fn decode<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

pub fn save<T: Serialize>(key: &str, value: &T) {
    if let (Some(s), Ok(json)) = (storage(), serde_json::to_string(value)) {
        // Storage full or disabled (private mode): the form still works, only without the draft.
        let _ = s.set_item(key, &json);
    }
}

pub fn clear(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
