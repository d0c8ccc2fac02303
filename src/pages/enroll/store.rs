//! The signed-in partner's enrollment as the wizard sees it: the server's status, the draft and
//! its ETag. Provided once by the app, loaded on the first step visited, so moving between steps
//! does not refetch.
//!
//! What the partner types is mirrored into sessionStorage as they type (non-secret fields
//! only), so a reload or an expired session loses nothing; the server draft is written when a
//! step is completed. The local copy wins on this tab because it is the newest typing.

use leptos::prelude::*;

use super::steps::{Journey, Step};
use crate::api::{self, ApiError, Client};
use crate::form::load::LoadState;
use crate::locale::Cloud;
use crate::model::enrollment::{EnrollmentDraftBody, EnrollmentState, EnrollmentStatus, NextStep};

const LOCAL_KEY: &str = "pc.enroll.draft";

#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Idle,
    Loading,
    Ready,
    Failed(ApiError),
}

#[derive(Clone, Copy)]
pub struct EnrollStore {
    pub load: RwSignal<Load>,
    pub status: RwSignal<Option<EnrollmentStatus>>,
    /// The working copy: what the partner typed, saved or not.
    pub draft: RwSignal<EnrollmentDraftBody>,
    etag: StoredValue<String>,
    /// Whose draft the working copy is: a partner signing in on the same tab never sees
    /// another partner's typing.
    owner: StoredValue<String>,
}

impl EnrollStore {
    pub fn new() -> EnrollStore {
        EnrollStore {
            load: RwSignal::new(Load::Idle),
            status: RwSignal::new(None),
            draft: RwSignal::new(EnrollmentDraftBody::default()),
            etag: StoredValue::new("*".to_string()),
            owner: StoredValue::new(String::new()),
        }
    }

    /// Where the shared read stands, as [`crate::components::Loaded`] shows it (not yet started
    /// reads as loading: the page that shows it starts it).
    pub fn read(&self) -> Signal<LoadState<()>> {
        let load = self.load;
        Signal::derive(move || match load.get() {
            Load::Idle | Load::Loading => LoadState::Loading,
            Load::Ready => LoadState::Ready(()),
            Load::Failed(e) => LoadState::Failed(e),
        })
    }

    /// Loads for the signed-in partner unless already loaded for them (moving between steps
    /// does not read again), in the background: the read is shared by the steps, so it is not
    /// aborted when one of them is left.
    pub fn start(self, client: Client, partner_id: String) {
        leptos::task::spawn_local(async move { self.ensure_loaded(&client, &partner_id).await });
    }

    /// Reads again in the background (Try again).
    pub fn retry(self, client: Client) {
        leptos::task::spawn_local(async move { self.reload(&client).await });
    }

    pub fn state(&self) -> EnrollmentState {
        self.status.with(|s| s.as_ref().map(|s| s.status).unwrap_or_default())
    }

    pub fn draft_step(&self) -> String {
        self.draft.with(|d| d.step.clone())
    }

    /// The global program's next step, as the server last said it.
    pub fn next_step(&self) -> Option<NextStep> {
        self.status.with(|s| s.as_ref().and_then(|s| s.next_step))
    }

    /// The step to resume at in `cloud`'s journey (None once active).
    pub fn resume_at(&self, cloud: Cloud) -> Option<Step> {
        let draft_step = self.draft_step();
        Journey { cloud, state: self.state(), draft_step: &draft_step, next: self.next_step() }.resume()
    }

    /// Whether `step` may be opened now in `cloud`'s journey.
    pub fn allows(&self, cloud: Cloud, step: Step) -> bool {
        let draft_step = self.draft_step();
        Journey { cloud, state: self.state(), draft_step: &draft_step, next: self.next_step() }.allows(step)
    }

    /// Loads status and draft for `partner_id` unless already loaded for it.
    pub async fn ensure_loaded(self, client: &Client, partner_id: &str) {
        if self.owner.get_value() == partner_id && matches!(self.load.get_untracked(), Load::Ready | Load::Loading) {
            return;
        }
        self.owner.set_value(partner_id.to_string());
        self.reload(client).await;
    }

    /// Reads status and draft again (after a 412, or "Try again").
    pub async fn reload(self, client: &Client) {
        self.load.set(Load::Loading);
        let status = match api::enrollment::status(client).await {
            Ok(s) => s,
            Err(e) => return self.load.set(Load::Failed(e)),
        };
        let mut body = EnrollmentDraftBody::default();
        let mut etag = "*".to_string();
        if matches!(
            status.status,
            EnrollmentState::Draft
                | EnrollmentState::Rejected
                | EnrollmentState::PendingEmailVerification
                | EnrollmentState::PendingReview
                | EnrollmentState::CreditCheck
        ) {
            match api::enrollment::draft(client).await {
                Ok(d) => {
                    etag = d.attributes.etag.clone().unwrap_or_else(|| "*".into());
                    body = d.draft;
                }
                // No draft yet is normal; anything else is a failed load.
                Err(e) if e.status() == Some(404) => {}
                Err(e) => return self.load.set(Load::Failed(e)),
            }
        }
        if let Some(local) = local_get(&self.owner.get_value()) {
            // Typing not yet saved wins, but never moves the completed step: only the server
            // knows which steps were really completed.
            body = EnrollmentDraftBody { step: body.step, ..local };
        }
        self.etag.set_value(etag);
        self.draft.set(body);
        self.status.set(Some(status));
        self.load.set(Load::Ready);
    }

    /// Records typing in the working copy and this tab's sessionStorage.
    pub fn edit(&self, f: impl FnOnce(&mut EnrollmentDraftBody)) {
        self.draft.update(f);
        self.draft.with_untracked(|d| local_set(&self.owner.get_value(), d));
    }

    /// Writes the working copy to the server as the draft. A stale ETag (someone saved from
    /// another tab) is resolved by reading the current ETag and writing this tab's copy, which
    /// is the partner's latest intent for their own draft.
    pub async fn save(self, client: &Client) -> Result<(), ApiError> {
        let body = self.draft.get_untracked();
        let first = api::enrollment::save_draft(client, &body, &self.etag.get_value()).await;
        let saved = match first {
            Err(e) if e.status() == Some(412) || e.status() == Some(428) => {
                let current = api::enrollment::draft(client).await?;
                self.etag.set_value(current.attributes.etag.unwrap_or_else(|| "*".into()));
                api::enrollment::save_draft(client, &body, &self.etag.get_value()).await?
            }
            other => other?,
        };
        self.etag.set_value(saved.attributes.etag.clone().unwrap_or_else(|| "*".into()));
        self.status.update(|s| {
            if let Some(s) = s {
                s.status = saved.status;
            }
        });
        Ok(())
    }

    /// After submit or agreement: the server's word replaces ours.
    pub fn set_status(&self, status: EnrollmentStatus) {
        if !matches!(status.status, EnrollmentState::None | EnrollmentState::Draft) {
            local_clear();
        }
        self.status.set(Some(status));
    }
}

impl Default for EnrollStore {
    fn default() -> Self {
        Self::new()
    }
}

pub fn use_enroll_store() -> EnrollStore {
    expect_context::<EnrollStore>()
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Local {
    owner: String,
    draft: EnrollmentDraftBody,
}

fn local_get(owner: &str) -> Option<EnrollmentDraftBody> {
    decode_local(&crate::storage::load_text(LOCAL_KEY)?, owner)
}

/// The typing kept for `owner`, from the stored text (pure, so it is tested natively). Anything
/// else (another partner's, an older shape, text another script wrote there) is None.
pub fn decode_local(text: &str, owner: &str) -> Option<EnrollmentDraftBody> {
    let local: Local = serde_json::from_str(text).ok()?;
    (local.owner == owner).then_some(local.draft)
}

/// The text `decode_local` reads back.
pub fn encode_local(owner: &str, d: &EnrollmentDraftBody) -> Option<String> {
    serde_json::to_string(&Local { owner: owner.to_string(), draft: d.clone() }).ok()
}

fn local_set(owner: &str, d: &EnrollmentDraftBody) {
    if let Some(text) = encode_local(owner, d) {
        crate::storage::save_text(LOCAL_KEY, &text);
    }
}

pub fn local_clear() {
    crate::storage::clear(LOCAL_KEY);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::model::enrollment::{AddressForm, ContactForm, LegalBusinessProfileForm, SupportProfileForm};
    use crate::test_support::{any_text, config, short_text};

    fn contact() -> impl Strategy<Value = ContactForm> {
        (short_text(), short_text(), short_text(), short_text()).prop_map(
            |(first_name, last_name, email, phone_number)| ContactForm { first_name, last_name, email, phone_number },
        )
    }

    fn address() -> impl Strategy<Value = AddressForm> {
        (short_text(), short_text(), short_text(), short_text(), any_text(), short_text(), short_text()).prop_map(
            |(country, province, city, district, address_line1, address_line2, postal_code)| AddressForm {
                country,
                province,
                city,
                district,
                address_line1,
                address_line2,
                postal_code,
            },
        )
    }

    /// Drafts with hostile text in every field (and now and then a very long one).
    fn draft() -> impl Strategy<Value = EnrollmentDraftBody> {
        (
            (short_text(), any_text(), short_text(), short_text()),
            (any_text(), address(), short_text(), contact()),
            contact(),
            (short_text(), short_text(), short_text()),
        )
            .prop_map(
                |(
                    (step, mpn_id, phone_number, phone_challenge_id),
                    (company_name, address, uscc, primary),
                    approval,
                    (website, email, telephone),
                )| {
                    EnrollmentDraftBody {
                        step,
                        mpn_id,
                        legal_business_profile: LegalBusinessProfileForm {
                            company_name,
                            address,
                            unified_social_credit_code: uscc,
                            primary_contact: primary,
                        },
                        approval_contact: approval,
                        support_profile: SupportProfileForm { website, email, telephone },
                        phone_number,
                        phone_challenge_id,
                        pmc_organization: Default::default(),
                    }
                },
            )
    }

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever sessionStorage holds, reading it back never panics.
        #[test]
        fn any_stored_text_is_survivable(text in any_text(), owner in any_text()) {
            let _ = decode_local(&text, &owner);
        }

        /// What was stored for a partner comes back exactly, and only for that partner.
        #[test]
        fn typing_round_trips_for_its_owner_only(d in draft(), owner in any_text(), other in short_text()) {
            let text = encode_local(&owner, &d).expect("a draft encodes");
            prop_assert_eq!(decode_local(&text, &owner), Some(d.clone()));
            if other != owner {
                prop_assert_eq!(decode_local(&text, &other), None);
            }
            // What a submit sends is the same draft, trimmed: never a panic on what was typed.
            let r = crate::model::enrollment::SubmitEnrollmentRequest::from_draft(&d);
            prop_assert_eq!(r.mpn_id, d.mpn_id.trim());
        }
    }
}
