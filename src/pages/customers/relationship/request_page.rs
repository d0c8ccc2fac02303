use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;

use super::facts::RelationshipFacts;
use crate::api::{self, ApiError, Client};
use crate::components::PageHeading;
use crate::components::draft_email::email::safe_link;
use crate::components::draft_email::{DraftEmail, DraftLabels};
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::{I18n, use_i18n};
use crate::routes::Page;
use crate::session::{current_address, sign_in_again, use_session};

/// `/customers/relationship-request`: the draft email to send a customer, with the partner's
/// reusable link read from the server, then what the relationship gives and what it does not.
/// Done goes back to Customers whatever happened to the read.
#[component]
pub fn RelationshipRequestPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let partner = use_session().get_untracked().map(|s| s.partner.company_name).unwrap_or_default();
    let link = Load::new(move || {
        let c = client.clone();
        async move { api::customers::relationship_request(&c).await }
    });

    let draft = move || match link.state().get() {
        LoadState::Loading => {
            view! { <p class="loading" role="status">{i18n.msg("relationship-loading")}</p> }.into_any()
        }
        LoadState::Failed(e) if e.needs_sign_in() => {
            // Untracked, like a <Redirect/>: the navigation must not re-run this view. The page
            // holds nothing typed, so coming back here after signing in is all there is to keep.
            untrack(|| sign_in_again(&use_navigate(), &current_address()));
            ().into_any()
        }
        LoadState::Failed(e) => view! {
            <div class="notice notice-error" role="alert">
                <p>{error_text(i18n, &e)}</p>
                <button type="button" class="button" on:click=move |_| link.retry()>{i18n.msg("error-retry")}</button>
            </div>
        }
        .into_any(),
        LoadState::Ready(r) => match safe_link(&r.url) {
            Some(url) => {
                // Messages are read in memos, so a language switch rewrites the draft.
                let (from, p) = (partner.clone(), partner.clone());
                let subject =
                    Memo::new(move |_| i18n.t_args("relationship-email-subject", &[("partner", from.clone())]));
                let paragraphs = Memo::new(move |_| {
                    vec![
                        i18n.t_args("relationship-email-p1", &[("partner", p.clone())]),
                        i18n.tc("relationship-email-p2"),
                    ]
                });
                view! { <DraftEmail link=url.to_string() subject paragraphs labels=LABELS/> }.into_any()
            }
            None => view! {
                <div class="notice notice-error" role="alert">
                    <p>{i18n.msg("relationship-link-unreadable")}</p>
                </div>
            }
            .into_any(),
        },
    };

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("relationship-title")/>
            <p class="lead">{i18n.msg_cloud("relationship-lead")}</p>
            <section aria-labelledby="draft-heading">
                <h2 id="draft-heading">{i18n.msg("relationship-draft-heading")}</h2>
                <p>{i18n.msg_cloud("relationship-draft-hint")}</p>
                {draft}
                <div class="actions">
                    <A href=Page::Customers.path() attr:class="button button-secondary" attr:id="draft-done">
                        {i18n.msg("relationship-done")}
                    </A>
                </div>
            </section>
            <RelationshipFacts/>
        </section>
    }
}

/// The draft's labels: this page's own, as they always were.
const LABELS: DraftLabels = DraftLabels {
    to: None,
    subject: "relationship-subject",
    copy: "relationship-copy",
    open: "relationship-open-email",
    copied: "relationship-copied",
    copy_refused: "relationship-copy-refused",
    shortened: "relationship-shortened",
    too_long: "relationship-too-long",
};

/// The failure in words; a 429 that says how long to wait says it to the partner too (shorter
/// waits the client has already sat out and retried).
fn error_text(i18n: I18n, e: &ApiError) -> String {
    match e {
        ApiError::Status { status: 429, retry_after_secs: Some(s), .. } => {
            i18n.t_with("relationship-throttled-wait", "seconds", i64::from(*s))
        }
        _ => crate::form::request_error_message(i18n, e),
    }
}
