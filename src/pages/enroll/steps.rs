//! The enrollment journey as data: its steps, their addresses, which step a partner resumes at
//! and which steps they may open. Pure, so the rules are tested natively; the server enforces
//! the same order on its side (submit needs a verified phone, agreement needs approval).

use crate::model::enrollment::EnrollmentState;
use crate::routes::Page;

/// The steps of the 21Vianet CSP enrollment, in the order of the doc
/// ("Enroll in the 21Vianet China CSP reseller program").
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// "Create a Partner Center account": the organization and its global admin.
    Account,
    /// The telephone challenge, then "Create account".
    Phone,
    /// The confirmation that the account was created, with the sign-in details.
    Created,
    /// "Enroll in the Cloud Solution Provider program".
    Program,
    /// Review before submit (a legal commitment).
    Review,
    /// Submitted: pending review, credit check, rejected, approved, provisioning.
    Status,
    /// "Accept and continue": the 21Vianet CSP reseller agreement.
    Agreement,
}

/// The wizard steps whose completion is recorded in the draft (`step`), in order.
pub const WIZARD: [Step; 5] = [Step::Account, Step::Phone, Step::Created, Step::Program, Step::Review];

impl Step {
    /// The step's page in the portal's page list.
    pub const fn page(self) -> Page {
        match self {
            Step::Account => Page::EnrollAccount,
            Step::Phone => Page::EnrollPhone,
            Step::Created => Page::EnrollCreated,
            Step::Program => Page::EnrollProgram,
            Step::Review => Page::EnrollReview,
            Step::Status => Page::EnrollStatus,
            Step::Agreement => Page::EnrollAgreement,
        }
    }

    pub fn path(self) -> &'static str {
        self.page().path()
    }

    /// The marker saved in the draft once this step is done.
    pub fn marker(self) -> &'static str {
        match self {
            Step::Account => "account",
            Step::Phone => "phone",
            Step::Created => "created",
            Step::Program => "program",
            Step::Review => "review",
            Step::Status => "status",
            Step::Agreement => "agreement",
        }
    }

    fn from_marker(m: &str) -> Option<Step> {
        WIZARD.into_iter().find(|s| s.marker() == m)
    }

    /// 1-based position and count for "Step 2 of 5"; None outside the wizard.
    pub fn position(self) -> Option<(usize, usize)> {
        WIZARD.iter().position(|s| *s == self).map(|i| (i + 1, WIZARD.len()))
    }

    /// The step's name in the progress list (a Fluent id).
    pub fn label_id(self) -> &'static str {
        match self {
            Step::Account => "enroll-step-account",
            Step::Phone => "enroll-step-phone",
            Step::Created => "enroll-step-created",
            Step::Program => "enroll-step-program",
            Step::Review => "enroll-step-review",
            Step::Status => "enroll-step-status",
            Step::Agreement => "enroll-step-agreement",
        }
    }
}

/// Where a partner belongs, from the server's status and the draft's furthest completed step.
/// `None`: enrollment is over (active), the Overview is the place.
pub fn resume(state: EnrollmentState, draft_step: &str) -> Option<Step> {
    use EnrollmentState as S;
    match state {
        S::None | S::Draft => Some(match Step::from_marker(draft_step) {
            None => Step::Account,
            Some(done) => next_in_wizard(done),
        }),
        S::PendingReview
        | S::CreditCheck
        | S::Rejected
        | S::Approved
        | S::AgreementAccepted
        | S::Provisioning
        | S::Other => Some(Step::Status),
        S::Active => None,
    }
}

fn next_in_wizard(done: Step) -> Step {
    let i = WIZARD.iter().position(|s| *s == done).unwrap_or(0);
    WIZARD.get(i + 1).copied().unwrap_or(Step::Review)
}

/// Whether `step` may be opened now: wizard steps up to the one to resume (going back is fine,
/// skipping ahead is not); after a rejection the partner may correct the program details and
/// resubmit; the agreement only once approved; the status page once submitted.
pub fn allowed(step: Step, state: EnrollmentState, draft_step: &str) -> bool {
    use EnrollmentState as S;
    match state {
        S::None | S::Draft => {
            let Some(at) = resume(state, draft_step) else { return false };
            // The confirmation with the sign-in details is shown once: not revisited later.
            WIZARD.contains(&step) && step <= at && (step != Step::Created || at == Step::Created)
        }
        S::Rejected => matches!(step, Step::Status | Step::Program | Step::Review),
        S::Approved => matches!(step, Step::Status | Step::Agreement),
        S::PendingReview | S::CreditCheck | S::AgreementAccepted | S::Provisioning | S::Other => step == Step::Status,
        S::Active => false,
    }
}

/// The draft marker after completing `step`: never moves backwards, so revisiting an earlier
/// step to fix a typo does not make the partner redo the later ones.
pub fn completed(draft_step: &str, step: Step) -> &'static str {
    match Step::from_marker(draft_step) {
        Some(done) if done > step => done.marker(),
        _ => step.marker(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use EnrollmentState as S;

    #[test]
    fn a_new_partner_starts_at_the_account_step_and_moves_one_step_at_a_time() {
        assert_eq!(resume(S::None, ""), Some(Step::Account));
        assert_eq!(resume(S::Draft, "account"), Some(Step::Phone));
        assert_eq!(resume(S::Draft, "phone"), Some(Step::Created));
        assert_eq!(resume(S::Draft, "created"), Some(Step::Program));
        assert_eq!(resume(S::Draft, "program"), Some(Step::Review));
        assert_eq!(resume(S::Draft, "review"), Some(Step::Review));
        assert_eq!(resume(S::Draft, "nonsense"), Some(Step::Account));
    }

    #[test]
    fn steps_cannot_be_skipped_but_can_be_revisited() {
        assert!(allowed(Step::Account, S::None, ""));
        assert!(!allowed(Step::Phone, S::None, ""));
        assert!(!allowed(Step::Review, S::Draft, "account"));
        assert!(allowed(Step::Account, S::Draft, "created"));
        assert!(allowed(Step::Program, S::Draft, "created"));
        assert!(allowed(Step::Created, S::Draft, "phone"));
        assert!(!allowed(Step::Created, S::Draft, "created"), "the confirmation is shown once");
        assert!(!allowed(Step::Status, S::Draft, "program"));
        assert!(!allowed(Step::Agreement, S::Draft, "program"));
    }

    #[test]
    fn after_submit_only_the_status_and_what_the_state_offers() {
        for s in [S::PendingReview, S::CreditCheck, S::AgreementAccepted, S::Provisioning, S::Other] {
            assert_eq!(resume(s, "review"), Some(Step::Status));
            for step in WIZARD.into_iter().chain([Step::Agreement]) {
                assert!(!allowed(step, s, "review"), "{step:?} in {s:?}");
            }
            assert!(allowed(Step::Status, s, "review"));
        }
        assert!(allowed(Step::Agreement, S::Approved, "review"));
        assert!(!allowed(Step::Program, S::Approved, "review"));
        assert!(allowed(Step::Program, S::Rejected, "review"));
        assert!(allowed(Step::Review, S::Rejected, "review"));
        assert!(!allowed(Step::Agreement, S::Rejected, "review"));
        assert_eq!(resume(S::Active, "review"), None);
        assert!(!allowed(Step::Status, S::Active, ""));
    }

    #[test]
    fn the_marker_never_moves_backwards() {
        assert_eq!(completed("", Step::Account), "account");
        assert_eq!(completed("program", Step::Account), "program");
        assert_eq!(completed("account", Step::Phone), "phone");
    }

    #[test]
    fn every_step_has_its_own_page() {
        let steps =
            [Step::Account, Step::Phone, Step::Created, Step::Program, Step::Review, Step::Status, Step::Agreement];
        let pages: std::collections::BTreeSet<_> = steps.iter().map(|s| s.path()).collect();
        assert_eq!(pages.len(), steps.len());
    }

    #[test]
    fn positions_for_the_progress_announcement() {
        assert_eq!(Step::Account.position(), Some((1, 5)));
        assert_eq!(Step::Review.position(), Some((5, 5)));
        assert_eq!(Step::Status.position(), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    const STATES: [EnrollmentState; 10] = [
        EnrollmentState::None,
        EnrollmentState::Draft,
        EnrollmentState::PendingReview,
        EnrollmentState::CreditCheck,
        EnrollmentState::Approved,
        EnrollmentState::Rejected,
        EnrollmentState::AgreementAccepted,
        EnrollmentState::Provisioning,
        EnrollmentState::Active,
        EnrollmentState::Other,
    ];
    const STEPS: [Step; 7] =
        [Step::Account, Step::Phone, Step::Created, Step::Program, Step::Review, Step::Status, Step::Agreement];

    proptest! {
        #![proptest_config(config(256))]

        /// The draft's step marker comes from the server and from storage: any text is read as
        /// "no step done" unless it is a marker, and the step to resume at may always be opened.
        #[test]
        fn any_marker_is_survivable(
            marker in prop_oneof![
                any_text(),
                proptest::sample::select(WIZARD.iter().map(|s| s.marker().to_string()).collect::<Vec<_>>()),
            ],
        ) {
            let known = WIZARD.iter().any(|s| s.marker() == marker);
            for state in STATES {
                let at = resume(state, &marker);
                if !known && matches!(state, EnrollmentState::None | EnrollmentState::Draft) {
                    prop_assert_eq!(at, Some(Step::Account));
                }
                if let Some(at) = at {
                    prop_assert!(allowed(at, state, &marker), "{:?} in {:?} at {:?}", at, state, marker);
                }
                for step in STEPS {
                    let _ = allowed(step, state, &marker);
                    let done = completed(&marker, step);
                    prop_assert!(STEPS.iter().any(|s| s.marker() == done));
                }
            }
        }
    }
}
