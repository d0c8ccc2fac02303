//! Enroll in the 21Vianet China CSP reseller program: one page per step, the step rules
//! (`steps`, pure), the wizard's shared state (`store`), the guard every step page sits in
//! (`step_page`) and the progress list (`progress`).

pub mod account;
pub mod agreement;
pub mod before_you_begin;
pub mod created;
pub mod phone;
pub mod program;
pub mod progress;
pub mod resume;
pub mod review;
pub mod status;
pub mod step_page;
pub mod steps;
pub mod store;

use leptos::prelude::*;

use crate::api::ApiError;
use crate::form::{Field, Rule};
use crate::model::FieldError;
use crate::model::enrollment::EnrollmentDraftBody;
use store::EnrollStore;

/// Which part of the draft a field edits.
pub type Lens = fn(&mut EnrollmentDraftBody) -> &mut String;

/// A field whose value starts from the draft and whose typing goes straight back into it
/// (and so into sessionStorage): a reload or an expired session loses nothing.
pub fn draft_field(store: EnrollStore, id: &'static str, label: &'static str, rule: Rule, lens: Lens) -> Field {
    let initial = store.draft.with_untracked(|d| lens(&mut d.clone()).clone());
    let field = Field::new(id, label, rule, initial);
    Effect::new(move |prev: Option<()>| {
        let v = field.value.get();
        if prev.is_some() {
            store.edit(|d| *lens(d) = v);
        }
    });
    field
}

/// Where to sign in again when the session ended mid-step; the step's typing is already in
/// sessionStorage, so coming back restores it.
pub fn sign_in_again_path(here: &str) -> String {
    format!("/signin?reason=expired&returnUrl={}", String::from(js_sys::encode_uri_component(here)))
}

/// Sorts a failed request's consequences: the session ended (→ `Err(path)` to sign in), field
/// errors onto their fields, and the rest for the summary (returned as the form error).
pub fn route_failure(e: ApiError, fields: &[Field], here: &str) -> Result<Option<ApiError>, String> {
    if e.needs_sign_in() {
        // The session mirror is left as it is: clearing it would make RequireSession redirect
        // first, without the way back. Signing in replaces it.
        return Err(sign_in_again_path(here));
    }
    let rest: Vec<FieldError> = crate::form::apply_server_errors(fields, &e.field_errors());
    // A validation failure fully explained at the fields needs no second line in the summary.
    if e.status() == Some(400) && rest.is_empty() && !e.field_errors().is_empty() {
        return Ok(None);
    }
    Ok(Some(e))
}

/// "Step 2 of 5" above a wizard step's heading: read with the heading when focus lands on it,
/// so the partner hears where they are in the journey.
pub fn step_caption(i18n: crate::i18n::I18n, step: steps::Step) -> Signal<String> {
    Signal::derive(move || match step.position() {
        Some((n, total)) => {
            i18n.t_args("enroll-step-count", &[("current", n.to_string()), ("total", total.to_string())])
        }
        None => String::new(),
    })
}
