//! Enroll in the cloud's reseller program: the 21Vianet China CSP reseller program, or the global
//! indirect reseller program (`welcome`, `organization`, `details`, `verify_email`); one page per
//! step, the step rules (`steps`, pure, each cloud's journey), the enrollment's fields (`fields`, one table for the step forms and the
//! review), the wizard's shared state (`store`), the guard every step page sits in
//! (`step_page`), the progress list (`progress`) and how the entered details are written out
//! (`profile`). Pages share only these, never each other.

pub mod account;
pub mod agreement;
pub mod before_you_begin;
pub mod created;
pub mod details;
pub mod entry;
pub mod fields;
pub mod organization;
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
pub mod verify_email;
pub mod way_in;
pub mod welcome;

use leptos::prelude::*;

use crate::form::{Field, Rule};
use crate::model::enrollment::EnrollmentDraftBody;
use store::EnrollStore;

/// Where a partner who is not in the Microsoft Partner Network joins it (the doc's "join here").
pub const JOIN_MPN_URL: &str = "https://partners.microsoft.com/PartnerProgram/simplifiedenrollment.aspx";

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_join_link_is_the_docs_address() {
        assert!(JOIN_MPN_URL.starts_with("https://partners.microsoft.com/"));
    }
}
