//! Enroll in the 21Vianet China CSP reseller program: one page per step, the step rules
//! (`steps`, pure), the wizard's shared state (`store`), the guard every step page sits in
//! (`step_page`), the progress list (`progress`) and how the entered details are written out
//! (`profile`). Pages share only these, never each other.

pub mod account;
pub mod agreement;
pub mod before_you_begin;
pub mod created;
pub mod phone;
pub mod profile;
pub mod program;
pub mod progress;
pub mod resume;
pub mod review;
pub mod status;
pub mod step_page;
pub mod steps;
pub mod store;

use leptos::prelude::*;
use leptos_router::NavigateOptions;

use crate::api::ApiError;
use crate::form::{Field, Rule};
use crate::model::FieldError;
use crate::model::enrollment::EnrollmentDraftBody;
use crate::session::sign_in_again;
use steps::Step;
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

/// What a failed request leaves a step page to do.
pub enum Failed {
    /// The session ended: the partner is on the way to Sign in, and back to the step after.
    SigningIn,
    /// Stay on the step, with this for the error summary (None: the fields say it all).
    Stay(Option<ApiError>),
}

/// Sorts a failed request's consequences: the session ended (→ Sign in again, back to `step`
/// afterwards), field errors onto their fields, and the rest for the summary.
pub fn route_failure(e: ApiError, fields: &[Field], navigate: &impl Fn(&str, NavigateOptions), step: Step) -> Failed {
    if e.needs_sign_in() {
        sign_in_again(navigate, step.path());
        return Failed::SigningIn;
    }
    let rest: Vec<FieldError> = crate::form::apply_server_errors(fields, &e.field_errors());
    // A validation failure fully explained at the fields needs no second line in the summary.
    if e.status() == Some(400) && rest.is_empty() && !e.field_errors().is_empty() {
        return Failed::Stay(None);
    }
    Failed::Stay(Some(e))
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
