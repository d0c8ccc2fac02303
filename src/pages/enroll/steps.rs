//! The enrollment journeys as data: their steps, their addresses, which step a partner resumes
//! at and which steps they may open. Pure, so the rules are tested natively; the server enforces
//! the same order on its side (submit needs a verified phone, agreement needs approval). Each
//! cloud has its own journey: China's 21Vianet CSP reseller program follows the draft's marker,
//! the global indirect reseller program the server's `nextStep`.

use crate::locale::Cloud;
use crate::model::enrollment::{EnrollmentState, NextStep};
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
    /// "Accept and continue": the program's agreement (both clouds).
    Agreement,
    /// Global: the MPN association, the Partner Membership Center sign-in and the organization.
    Organization,
    /// Global: the legal business profile, primary contact and support, then "Enroll now".
    Details,
}

/// The wizard steps whose completion is recorded in the draft (`step`), in order.
pub const WIZARD: [Step; 5] = [Step::Account, Step::Phone, Step::Created, Step::Program, Step::Review];

/// The global indirect reseller enrollment's form steps, in order.
pub const GLOBAL_WIZARD: [Step; 2] = [Step::Organization, Step::Details];

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
            Step::Organization => Page::EnrollOrganization,
            Step::Details => Page::EnrollDetails,
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
            Step::Organization => "organization",
            Step::Details => "details",
        }
    }

    fn from_marker(m: &str) -> Option<Step> {
        WIZARD.into_iter().find(|s| s.marker() == m)
    }

    /// 1-based position and count for "Step 2 of 5"; None outside the wizard.
    pub fn position(self) -> Option<(usize, usize)> {
        [&WIZARD[..], &GLOBAL_WIZARD[..]]
            .into_iter()
            .find_map(|w| w.iter().position(|s| *s == self).map(|i| (i + 1, w.len())))
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
            Step::Organization => "enroll-step-organization",
            Step::Details => "enroll-step-details",
        }
    }
}

/// Where the partner stands, as the step rules need it: the server's status, the draft's marker
/// (China) and the server's next step (global).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Journey<'a> {
    pub cloud: Cloud,
    pub state: EnrollmentState,
    pub draft_step: &'a str,
    pub next: Option<NextStep>,
}

impl Journey<'_> {
    /// The step to resume at in this cloud's journey; None once active.
    pub fn resume(&self) -> Option<Step> {
        match self.cloud {
            Cloud::China => resume(self.state, self.draft_step),
            Cloud::Global => resume_global(self.state, self.next),
        }
    }

    /// Whether `step` may be opened now in this cloud's journey.
    pub fn allows(&self, step: Step) -> bool {
        match self.cloud {
            Cloud::China => allowed(step, self.state, self.draft_step),
            Cloud::Global => allowed_global(step, self.state, self.next),
        }
    }
}

/// The global journey's step to resume at: the server's next step says it. A rejected
/// enrollment shows its status first (the reason), which links to the details to correct.
pub fn resume_global(state: EnrollmentState, next: Option<NextStep>) -> Option<Step> {
    use NextStep as N;
    if state == EnrollmentState::Active {
        return None;
    }
    if state == EnrollmentState::Rejected {
        return Some(Step::Status);
    }
    match next {
        Some(N::PmcSignIn | N::MpnAssociation) => Some(Step::Organization),
        Some(N::Submit) => Some(Step::Details),
        Some(N::Done) => None,
        // Submitted (or a step this version does not know): the status says where it stands.
        Some(N::EmailVerification | N::Review | N::Agreement | N::Provisioning | N::Other) => Some(Step::Status),
        None if matches!(state, EnrollmentState::None | EnrollmentState::Draft) => Some(Step::Organization),
        None => Some(Step::Status),
    }
}

/// Whether a global step may be opened: the organization until the submission (choosing again
/// is allowed), the details once an organization is chosen (and again after a rejection), the
/// status once submitted, the agreement once approved. Never a China step.
pub fn allowed_global(step: Step, state: EnrollmentState, next: Option<NextStep>) -> bool {
    use EnrollmentState as S;
    let before_submit = matches!(state, S::None | S::Draft);
    match step {
        Step::Organization => before_submit,
        Step::Details => (before_submit || state == S::Rejected) && next == Some(NextStep::Submit),
        Step::Status => !before_submit && state != S::Active,
        Step::Agreement => state == S::Approved,
        _ => false,
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
        S::PendingEmailVerification
        | S::PendingReview
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
        S::PendingEmailVerification
        | S::PendingReview
        | S::CreditCheck
        | S::AgreementAccepted
        | S::Provisioning
        | S::Other => step == Step::Status,
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
    fn the_global_journey_follows_the_servers_next_step() {
        use NextStep as N;
        assert_eq!(resume_global(S::None, Some(N::PmcSignIn)), Some(Step::Organization));
        assert_eq!(resume_global(S::Draft, Some(N::MpnAssociation)), Some(Step::Organization));
        assert_eq!(resume_global(S::Draft, Some(N::Submit)), Some(Step::Details));
        assert_eq!(resume_global(S::PendingEmailVerification, Some(N::EmailVerification)), Some(Step::Status));
        assert_eq!(resume_global(S::Rejected, Some(N::Submit)), Some(Step::Status));
        assert_eq!(resume_global(S::Active, Some(N::Done)), None);
        // The details cannot be opened before an organization is chosen, nor after submitting.
        assert!(!allowed_global(Step::Details, S::Draft, Some(N::MpnAssociation)));
        assert!(allowed_global(Step::Details, S::Draft, Some(N::Submit)));
        assert!(allowed_global(Step::Details, S::Rejected, Some(N::Submit)));
        assert!(!allowed_global(Step::Details, S::PendingReview, Some(N::Review)));
        assert!(allowed_global(Step::Organization, S::Draft, Some(N::Submit)), "choosing again");
        assert!(!allowed_global(Step::Organization, S::PendingEmailVerification, Some(N::EmailVerification)));
        assert!(allowed_global(Step::Agreement, S::Approved, Some(N::Agreement)));
        assert!(!allowed_global(Step::Status, S::Draft, Some(N::Submit)));
    }

    #[test]
    fn each_cloud_opens_only_its_own_steps() {
        let states = [S::None, S::Draft, S::Rejected, S::Approved, S::PendingEmailVerification];
        for state in states {
            let china = Journey { cloud: Cloud::China, state, draft_step: "review", next: None };
            let global = Journey { cloud: Cloud::Global, state, draft_step: "review", next: Some(NextStep::Submit) };
            for step in GLOBAL_WIZARD {
                assert!(!china.allows(step), "{step:?} in China");
            }
            for step in WIZARD {
                assert!(!global.allows(step), "{step:?} in global");
            }
        }
    }

    #[test]
    fn the_marker_never_moves_backwards() {
        assert_eq!(completed("", Step::Account), "account");
        assert_eq!(completed("program", Step::Account), "program");
        assert_eq!(completed("account", Step::Phone), "phone");
    }

    #[test]
    fn every_step_has_its_own_page() {
        let steps = [
            Step::Account,
            Step::Phone,
            Step::Created,
            Step::Program,
            Step::Review,
            Step::Status,
            Step::Agreement,
            Step::Organization,
            Step::Details,
        ];
        let pages: std::collections::BTreeSet<_> = steps.iter().map(|s| s.path()).collect();
        assert_eq!(pages.len(), steps.len());
    }

    #[test]
    fn positions_for_the_progress_announcement() {
        assert_eq!(Step::Account.position(), Some((1, 5)));
        assert_eq!(Step::Review.position(), Some((5, 5)));
        assert_eq!(Step::Status.position(), None);
        assert_eq!(Step::Details.position(), Some((2, 2)));
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    const STATES: [EnrollmentState; 11] = [
        EnrollmentState::None,
        EnrollmentState::Draft,
        EnrollmentState::PendingEmailVerification,
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
