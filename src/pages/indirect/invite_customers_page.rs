use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use super::DRAFT_LABELS;
use crate::api::{self, Client};
use crate::components::draft_email::DraftEmail;
use crate::components::draft_email::email::absolute_link;
use crate::components::{ErrorSummary, FormField, PageHeading, SubmitButton};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::model::relationships::CustomerLink;
use crate::routes::Page;
use crate::session::use_session;
use crate::storage;

/// The customer's email address as typed, kept for a reload or a session that ends mid-form.
const KEY: &str = "pc.indirect.invite-customer";

/// `/indirect-providers/invite/{providerId}`, Indirect providers › **Invite new customers**
/// (GL17/indirect-reseller-tasks): the customer's email address, then a draft email in the
/// partner's language with the link "personalized to link the customer directly to both your
/// account and your provider's account", to **Open in email** or **Copy to clipboard**, and
/// **Done**. Reading the link changes nothing on the server, so Next may be pressed again.
#[component]
pub fn InviteCustomersPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let provider = use_params_map().with_untracked(|p| p.get("provider")).unwrap_or_default();
    let email =
        Field::new("customerEmail", "indirect-invite-email", Rule::Email, storage::load_text(KEY).unwrap_or_default());
    // The draft, for the address it was made for.
    let draft = RwSignal::new(None::<(String, CustomerLink)>);
    Effect::new(move |first: Option<()>| {
        let now = email.value.get();
        if first.is_some() {
            storage::save_text(KEY, &now);
            // Another address: the draft shown was for the old one.
            draft.set(None);
        }
    });
    let form = Form::new(&[email]);
    // The provider is in the address: one that is not the partner's is said as such.
    let form = form.on_error(move |e| match e.status() {
        Some(404) => {
            form.show_problem(Problem::Message("indirect-not-your-provider"));
            Handled::Yes
        }
        _ => Handled::No,
    });
    let on_submit = form.on_submit(
        move |_ids| {
            let (c, p) = (client.clone(), provider.clone());
            async move { api::relationships::customer_link(&c, &p).await }
        },
        move |link: CustomerLink| draft.set(Some((email.trimmed(), link))),
    );
    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-invite-title")/>
            <p class="lead">{i18n.msg("indirect-invite-lead")}</p>
            <form novalidate id="invite-form" on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
                <FormField field=email input_type="email" autocomplete="off" hint="indirect-invite-email-hint"/>
                <div class="actions">
                    <SubmitButton form label="indirect-invite-next" busy="indirect-invite-reading"/>
                </div>
            </form>
            {move || draft.get().map(|(to, link)| view! { <Drafted to link/> })}
            <div class="actions">
                <A href=Page::IndirectProviders.path() attr:class="button button-secondary" attr:id="draft-done">
                    {i18n.msg("indirect-draft-done")}
                </A>
            </div>
        </section>
    }
}

/// The draft email to the customer, naming the reseller and its provider.
#[component]
fn Drafted(to: String, link: CustomerLink) -> impl IntoView {
    let i18n = use_i18n();
    let CustomerLink { url, reseller_name, provider_name, .. } = link;
    let reseller = if reseller_name.trim().is_empty() {
        use_session().get_untracked().map(|s| s.partner.company_name).unwrap_or_default()
    } else {
        reseller_name
    };
    let origin = window().location().origin().unwrap_or_default();
    let names = move || vec![("reseller", reseller.clone()), ("provider", provider_name.clone())];
    let subject = {
        let names = names.clone();
        Memo::new(move |_| i18n.t_args("indirect-invite-email-subject", &names()))
    };
    let paragraphs = Memo::new(move |_| {
        let n = names();
        vec![i18n.t_args("indirect-invite-email-p1", &n), i18n.t_args("indirect-invite-email-p2", &n)]
    });
    let draft = match absolute_link(&origin, &url) {
        Some(link) => view! { <DraftEmail link subject paragraphs to labels=DRAFT_LABELS/> }.into_any(),
        None => view! {
            <div class="notice notice-error" role="alert">
                <p>{i18n.msg("indirect-draft-link-unreadable")}</p>
            </div>
        }
        .into_any(),
    };
    view! {
        <section aria-labelledby="draft-heading">
            <h2 id="draft-heading">{i18n.msg("indirect-draft-heading")}</h2>
            <p>{i18n.msg("indirect-invite-draft-hint")}</p>
            {draft}
        </section>
    }
}
