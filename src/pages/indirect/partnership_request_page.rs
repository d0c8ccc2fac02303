use leptos::prelude::*;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

use super::DRAFT_LABELS;
use crate::api::{self, Client};
use crate::components::draft_email::DraftEmail;
use crate::components::draft_email::email::absolute_link;
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::model::relationships::{Invitation, InviteRequest};
use crate::routes::Page;
use crate::storage;

/// What the provider typed, kept for a reload or a session that ends mid-form (no secrets).
const KEY: &str = "pc.indirect.partnership-request";

#[derive(Default, Serialize, Deserialize)]
struct Typed {
    email: String,
    message: String,
}

/// `/indirect-resellers/request`, Indirect resellers › **Request a partnership**
/// (GL17/indirect-provider-tasks): the reseller's email address and an optional message make
/// the invitation; then "a draft email message appears" with its personalized link, to **Open in
/// email** or **Copy to clipboard**, and **Done**. One request id per invitation, kept across
/// retries, so a double submit or a retry after a lost answer invites once.
#[component]
pub fn PartnershipRequestPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let typed: Typed = storage::load(KEY).unwrap_or_default();
    let email = Field::new("resellerEmail", "indirect-request-email", Rule::Email, typed.email);
    let message = Field::new("message", "indirect-request-message", Rule::Optional { max: 1000 }, typed.message);
    let created = RwSignal::new(None::<Invitation>);
    Effect::new(move |first: Option<()>| {
        let now = Typed { email: email.value.get(), message: message.value.get() };
        // Nothing to keep until the provider types.
        if first.is_some() {
            storage::save(KEY, &now);
            // Another reseller or message: the next submit is another invitation.
            created.set(None);
        }
    });
    let form = Form::new(&[email, message]);
    let on_submit = form.on_submit(
        move |ids| {
            let c = client.clone();
            let message = message.trimmed();
            let request =
                InviteRequest { reseller_email: email.trimmed(), message: (!message.is_empty()).then_some(message) };
            async move { api::relationships::invite(&c, &request, &ids.main()).await }
        },
        move |invitation: Invitation| {
            storage::clear(KEY);
            created.set(Some(invitation));
        },
    );

    // The form stays where it was when the draft appears below it, and ignores a submit until
    // something is edited: the second click of a double click, landing after a quick answer,
    // hits the same button again, not a control of the draft, and invites no one twice.
    let submit = move |ev: leptos::ev::SubmitEvent| {
        if created.with_untracked(Option::is_some) {
            ev.prevent_default();
            return;
        }
        on_submit(ev);
    };
    let draft = move || created.get().map(|invitation| view! { <Drafted invitation/> });
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-request-title")/>
            <p class="lead">{i18n.msg("indirect-request-lead")}</p>
            <form novalidate id="request-form" on:submit=submit aria-busy=move || form.pending().get().then_some("true")>
                <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
                <FormField field=email input_type="email" autocomplete="email"/>
                <FormField field=message optional=true hint="indirect-request-message-hint" autocomplete="off"/>
                // No Cancel beside the button: its label shortens while busy, and the second
                // click of a double click would land on whatever moved under the pointer.
                <div class="actions">
                    <SubmitButton form label="indirect-request-submit"/>
                </div>
            </form>
            {draft}
        </section>
    }
}

/// The invitation made: its draft email, in the provider's language, to the reseller.
#[component]
fn Drafted(invitation: Invitation) -> impl IntoView {
    let i18n = use_i18n();
    let Invitation { provider_name, reseller_email, url, message, .. } = invitation;
    // The server gives the link as a path of this app: the reseller opens it here.
    let origin = window().location().origin().unwrap_or_default();
    let link = absolute_link(&origin, &url);
    let from = provider_name.clone();
    let subject = Memo::new(move |_| i18n.t_with("indirect-request-email-subject", "provider", from.clone()));
    let paragraphs = Memo::new(move |_| {
        let mut p = vec![i18n.t_with("indirect-request-email-p1", "provider", provider_name.clone())];
        // The provider's own words, as typed.
        p.extend(message.clone().filter(|m| !m.trim().is_empty()));
        p.push(i18n.t("indirect-request-email-p2"));
        p
    });
    let draft = match link {
        Some(link) => view! {
            <DraftEmail link subject paragraphs to=reseller_email labels=DRAFT_LABELS/>
        }
        .into_any(),
        None => view! {
            <div class="notice notice-error" role="alert">
                <p>{i18n.msg("indirect-draft-link-unreadable")}</p>
            </div>
        }
        .into_any(),
    };
    view! {
        <p class="notice notice-success" role="status" id="request-created">{i18n.msg("indirect-request-created")}</p>
        <section aria-labelledby="draft-heading">
            <h2 id="draft-heading">{i18n.msg("indirect-draft-heading")}</h2>
            <p>{i18n.msg("indirect-request-draft-hint")}</p>
            {draft}
            <div class="actions">
                <A href=Page::IndirectResellers.path() attr:class="button button-secondary" attr:id="draft-done">
                    {i18n.msg("indirect-draft-done")}
                </A>
            </div>
        </section>
    }
}
