//! Form behaviour the two account pages share beyond `crate::form`: which failures keep the
//! request id, a submit button that does not steal focus, and server errors that survive the
//! blur caused by focusing the error summary.

use leptos::prelude::*;

use crate::form::Field;

/// No answer we can trust: the shared rule (an unreadable success included).
pub use crate::form::outcome_unknown;

/// Pressing the submit button must not blur the field being typed in: the blur would re-check
/// that field, its message (or the whole error summary) would vanish, the button would move up
/// under the pointer and the click would land elsewhere. Submit checks every field anyway.
pub fn keep_focus(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
}

/// The values the server found wrong (a domain in use, a wrong code). Focus moving to the error
/// summary blurs the field, and a re-check on that blur would find nothing wrong with the shape
/// and wipe the server's message; it stays until the value changes.
#[derive(Clone, Copy)]
pub struct ServerMarks(StoredValue<Vec<(&'static str, String)>>);

impl ServerMarks {
    pub fn new() -> ServerMarks {
        ServerMarks(StoredValue::new(Vec::new()))
    }

    /// Call after putting the server's errors on the fields.
    pub fn remember(&self, fields: &[Field]) {
        let marks = fields.iter().filter(|f| f.error.get_untracked().is_some()).map(|f| (f.id, f.value.get_untracked())).collect();
        self.0.set_value(marks);
    }

    /// True when the field still holds the value the server refused (so its message stands).
    pub fn holds(&self, f: &Field) -> bool {
        f.error.get_untracked().is_some() && self.0.with_value(|m| m.iter().any(|(id, v)| *id == f.id && *v == f.value.get_untracked()))
    }
}
