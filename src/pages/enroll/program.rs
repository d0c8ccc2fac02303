use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::JOIN_MPN_URL;
use super::fields::{FieldId as F, StepFields};
use super::profile::LegalProfileSummary;
use super::progress::Progress;
use super::step_page::StepPage;
use super::steps::{self, Step};
use super::store::{EnrollStore, use_enroll_store};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::{Field, Form, Rule};
use crate::i18n::{I18n, use_i18n};
use crate::model::enrollment::ContactForm;
use crate::model::profiles::MpnProfile;
use crate::validate::contact::is_personal_email;

/// "Enroll in the Cloud Solution Provider program": the MPN ID, the legal business profile
/// (entered on the account step, shown here to confirm), the approval contact and the customer
/// support information.
#[component]
pub fn ProgramStep() -> impl IntoView {
    view! { <StepPage step=Step::Program><ProgramForm/></StepPage> }
}

#[component]
fn ProgramForm() -> impl IntoView {
    let i18n = use_i18n();
    let store = use_enroll_store();
    let client = expect_context::<Client>();
    let navigate = use_navigate();

    let fields = StepFields::new(store, Step::Program);
    let mpn = fields[F::MpnId];
    let approval = [F::ApprovalFirstName, F::ApprovalLastName, F::ApprovalEmail, F::ApprovalPhone].map(|id| fields[id]);
    let lookup = MpnLookup::new(mpn);
    let same_as_admin = SameAsAdmin::new(store, approval);
    let approval_email = fields[F::ApprovalEmail];
    let personal_email = Memo::new(move |_| {
        let v = approval_email.value.get();
        Rule::Email.check(&v).is_ok() && is_personal_email(&v)
    });

    let form = Form::new(&fields.all()).same_label_on_retry();
    let on_submit = {
        let client = client.clone();
        form.on_submit(
            move |_| {
                let client = client.clone();
                async move {
                    // An ID the lookup does not know stops here, at its field, before anything is saved.
                    if !lookup.ensure_known(&client).await? {
                        return Ok(false);
                    }
                    store.edit(|d| d.step = steps::completed(&d.step, Step::Program).to_string());
                    store.save(&client).await.map(|()| true)
                }
            },
            move |saved| if saved { navigate(Step::Review.path(), Default::default()) } else { form.fail_at_fields() },
        )
    };
    let legal_profile = Signal::derive(move || store.draft.with(|d| d.legal_business_profile.clone()));
    let reached = Signal::derive(move || steps::resume(store.state(), &store.draft_step()).unwrap_or(Step::Review));

    view! {
        <section class="page">
            <Progress current=Step::Program reached=reached/>
            <PageHeading text=i18n.msg("enroll-program-title") caption=super::step_caption(i18n, Step::Program)/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>{i18n.msg("enroll-program-intro")}</p>
            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <fieldset>
                    <legend>{i18n.msg("enroll-program-mpn-legend")}</legend>
                    <p>
                        {i18n.msg("enroll-program-mpn-join-intro")} " "
                        <a href=JOIN_MPN_URL target="_blank" rel="noopener noreferrer">
                            {i18n.msg("enroll-program-mpn-join")}
                        </a>
                    </p>
                    <div on:focusout=move |_| lookup.in_background(client.clone())>
                        <FormField field=mpn hint="enroll-program-mpn-hint" input_type="text"/>
                    </div>
                    <p id="mpnIdStatus" role="status" class="muted">{move || lookup.status(i18n)}</p>
                </fieldset>

                <section class="card" aria-labelledby="legalBusinessProfileTitle">
                    <h2 id="legalBusinessProfileTitle">{i18n.msg("enroll-program-legal-title")}</h2>
                    <p class="muted">{i18n.msg("enroll-program-legal-note")}</p>
                    <LegalProfileSummary profile=legal_profile/>
                    <p>
                        <a href=Step::Account.path()>
                            {i18n.msg("enroll-program-change")}
                            <span class="visually-hidden">" " {i18n.msg("enroll-program-legal-title")}</span>
                        </a>
                    </p>
                </section>

                <fieldset>
                    <legend>{i18n.msg("enroll-program-approval-legend")}</legend>
                    <p class="field-hint">{i18n.msg("enroll-program-approval-hint")}</p>
                    <div class="field">
                        <input
                            type="checkbox"
                            id="sameAsAdmin"
                            prop:checked=move || same_as_admin.checked.get()
                            on:change=move |ev| same_as_admin.set(event_target_checked(&ev))
                        />
                        " "
                        <label for="sameAsAdmin">{i18n.msg("enroll-program-same-as-admin")}</label>
                    </div>
                    <FormField field=fields[F::ApprovalFirstName] autocomplete="given-name"/>
                    <FormField field=fields[F::ApprovalLastName] autocomplete="family-name"/>
                    <FormField field=fields[F::ApprovalEmail] input_type="email" autocomplete="email"/>
                    <div id="approvalContactEmailWarning" role="status">
                        {move || personal_email.get().then(|| view! {
                            <p class="field-hint">
                                <strong>{i18n.msg("enroll-program-warning")}</strong>
                                " "
                                {i18n.msg("form-warning-personal-email")}
                            </p>
                        })}
                    </div>
                    <FormField
                        field=fields[F::ApprovalPhone]
                        input_type="tel"
                        autocomplete="tel"
                        hint="enroll-phone-hint"
                    />
                </fieldset>

                <fieldset>
                    <legend>{i18n.msg("enroll-program-support-legend")}</legend>
                    <p class="field-hint">{i18n.msg("enroll-program-support-intro")}</p>
                    <FormField
                        field=fields[F::SupportWebsite]
                        input_type="url"
                        autocomplete="url"
                        hint="enroll-program-support-website-hint"
                    />
                    <FormField field=fields[F::SupportEmail] input_type="email"/>
                    <FormField field=fields[F::SupportPhone] input_type="tel" hint="enroll-phone-hint"/>
                </fieldset>

                <SubmitButton form=form label="enroll-continue"/>
            </form>
        </section>
    }
}

/// What the backend said about the MPN ID as typed.
#[derive(Clone, Debug, PartialEq)]
enum MpnCheck {
    Unchecked,
    Checking(String),
    Found { id: String, name: String },
}

/// The MPN ID's existence: its form is checked by the field's rule, its existence by the
/// backend's lookup, in the background when the partner leaves the field and again on Continue
/// if it is not known by then. A failed lookup (network) does not stop the partner typing.
#[derive(Clone, Copy)]
struct MpnLookup {
    mpn: Field,
    check: RwSignal<MpnCheck>,
}

impl MpnLookup {
    fn new(mpn: Field) -> MpnLookup {
        let check = RwSignal::new(MpnCheck::Unchecked);
        // An answer about another ID than the one typed no longer counts.
        Effect::new(move |_| {
            let typed = mpn.value.get().trim().to_string();
            check.update(|c| {
                if matches!(c, MpnCheck::Checking(id) | MpnCheck::Found { id, .. } if *id != typed) {
                    *c = MpnCheck::Unchecked;
                }
            });
        });
        MpnLookup { mpn, check }
    }

    /// Whether the lookup already knows (or is asking about) the ID now typed.
    fn asked(&self, id: &str, or_asking: bool) -> bool {
        self.check.with_untracked(|c| match c {
            MpnCheck::Found { id: f, .. } => f == id,
            MpnCheck::Checking(f) => or_asking && f == id,
            MpnCheck::Unchecked => false,
        })
    }

    /// On leaving the field: asks about a well-formed ID not asked about yet. Cancelled with
    /// the page: leaving the step mid-lookup aborts the request.
    fn in_background(self, client: Client) {
        let id = self.mpn.trimmed();
        if Rule::MpnId.check(&id).is_err() || self.asked(&id, true) {
            return;
        }
        self.check.set(MpnCheck::Checking(id.clone()));
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let result = api::profiles::mpn_lookup(&client, &id).await;
            self.record(&id, result.ok());
        });
    }

    /// On Continue: true if the ID is known, asking now if need be; false (with the error at
    /// the field) if the backend does not know it.
    async fn ensure_known(self, client: &Client) -> Result<bool, ApiError> {
        let id = self.mpn.trimmed();
        if self.asked(&id, false) {
            return Ok(true);
        }
        self.check.set(MpnCheck::Checking(id.clone()));
        match api::profiles::mpn_lookup(client, &id).await {
            Ok(answer) => Ok(self.record(&id, Some(answer))),
            Err(e) => {
                self.check.set(MpnCheck::Unchecked);
                Err(e)
            }
        }
    }

    /// Applies a lookup's answer about `id` if the field still holds it; returns whether the ID
    /// is known. `None`: the lookup failed (no answer), so nothing is claimed either way.
    fn record(&self, id: &str, answer: Option<Option<MpnProfile>>) -> bool {
        let current = self.mpn.trimmed() == id;
        let found = matches!(answer, Some(Some(_)));
        if current {
            match answer {
                Some(Some(p)) => self.check.set(MpnCheck::Found { id: id.to_string(), name: p.partner_name }),
                Some(None) => {
                    self.check.set(MpnCheck::Unchecked);
                    self.mpn.error.set(Some("form-error-mpn-not-found"));
                }
                None => self.check.set(MpnCheck::Unchecked),
            }
        }
        found
    }

    /// The line under the field: asking, or the partner the ID belongs to.
    fn status(&self, i18n: I18n) -> String {
        match self.check.get() {
            MpnCheck::Checking(_) => i18n.t("enroll-program-mpn-checking"),
            MpnCheck::Found { name, .. } => i18n.t_args("enroll-program-mpn-found", &[("name", name)]),
            MpnCheck::Unchecked => String::new(),
        }
    }
}

/// "Same as the global admin": ticking it copies the primary contact (entered on the account
/// step) into the approval contact; editing the copy unticks it.
#[derive(Clone, Copy)]
struct SameAsAdmin {
    checked: RwSignal<bool>,
    store: EnrollStore,
    approval: [Field; 4],
}

impl SameAsAdmin {
    fn new(store: EnrollStore, approval: [Field; 4]) -> SameAsAdmin {
        let this = SameAsAdmin { checked: RwSignal::new(false), store, approval };
        let p = this.primary();
        this.checked.set(!p.first_name.is_empty() && this.approval_contact(|f| f.value.get_untracked()) == p);
        Effect::new(move |_| {
            let now = this.approval_contact(|f| f.value.get());
            if this.checked.get_untracked() && now != this.primary() {
                this.checked.set(false);
            }
        });
        this
    }

    fn primary(&self) -> ContactForm {
        self.store.draft.with_untracked(|d| d.legal_business_profile.primary_contact.clone())
    }

    fn approval_contact(&self, value: impl Fn(&Field) -> String) -> ContactForm {
        let [first, last, email, phone] = &self.approval;
        ContactForm {
            first_name: value(first),
            last_name: value(last),
            email: value(email),
            phone_number: value(phone),
        }
    }

    fn set(&self, checked: bool) {
        if checked {
            let p = self.primary();
            for (f, v) in self.approval.iter().zip([p.first_name, p.last_name, p.email, p.phone_number]) {
                f.value.set(v);
            }
            for f in self.approval {
                f.blur();
            }
        }
        self.checked.set(checked);
    }
}
