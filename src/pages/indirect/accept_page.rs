use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use super::links::{link_problem, plausible_token};
use crate::api::{self, ApiError, Client};
use crate::components::{CheckField, ErrorSummary, PageHeading, SubmitButton};
use crate::form::load::LoadState;
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Load, Rule};
use crate::i18n::{I18n, use_i18n};
use crate::model::Role;
use crate::model::relationships::{Invitation, InvitationState};
use crate::routes::Page;
use crate::session::{current_address, sign_in_again, use_session};

/// `/indirect-providers/accept/{token}`, the link in a provider's invitation: who the provider
/// is, its message, and what authorizing it grants; then the check box and **Authorize indirect
/// provider**, for a global admin. Anyone else is told who can. A link that is broken, expired,
/// used, or meant for another partner gets a page that says which.
#[component]
pub fn AcceptPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let token = use_params_map().with_untracked(|p| p.get("token")).unwrap_or_default();
    let may_authorize = use_session().get_untracked().is_some_and(|s| s.user.roles.contains(&Role::GlobalAdmin));
    let invitation = Load::new(move || {
        let (c, token) = (client.clone(), token.clone());
        async move {
            if !plausible_token(&token) {
                // No request for what cannot be a token: the same page as an unknown one.
                return Err(ApiError::from_status(404, "", None));
            }
            api::relationships::invitation(&c, &token).await
        }
    });
    // Set once the provider is authorized here.
    let authorized = RwSignal::new(None::<Invitation>);

    let body = move || {
        if let Some(done) = authorized.get() {
            return view! { <Authorized provider=done.provider_name/> }.into_any();
        }
        match invitation.state().get() {
            LoadState::Loading => {
                view! { <p class="loading" role="status">{i18n.msg("indirect-accept-loading")}</p> }.into_any()
            }
            LoadState::Failed(e) if e.needs_sign_in() => {
                // Untracked, like a <Redirect/>: the navigation must not re-run this view.
                untrack(|| sign_in_again(&use_navigate(), &current_address()));
                ().into_any()
            }
            LoadState::Failed(e) => match link_problem(&e) {
                Some(id) => view! { <DeadLink message=id/> }.into_any(),
                None => view! {
                    <div class="notice notice-error" role="alert">
                        <p>{crate::form::request_error_message(i18n, &e)}</p>
                        <button type="button" class="button" on:click=move |_| invitation.retry()>
                            {i18n.msg("error-retry")}
                        </button>
                    </div>
                }
                .into_any(),
            },
            LoadState::Ready(inv) if inv.state == InvitationState::Accepted => {
                view! { <Authorized provider=inv.provider_name/> }.into_any()
            }
            LoadState::Ready(inv) if inv.state == InvitationState::Pending => {
                view! { <Invited invitation=inv may_authorize authorized/> }.into_any()
            }
            LoadState::Ready(inv) if inv.state == InvitationState::Expired => {
                view! { <DeadLink message="indirect-accept-expired"/> }.into_any()
            }
            LoadState::Ready(_) => view! { <DeadLink message="indirect-accept-invalid"/> }.into_any(),
        }
    };

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("indirect-accept-title")/>
            {body}
        </section>
    }
}

/// The invitation: the provider, its message, what authorizing grants, and the form.
#[component]
fn Invited(invitation: Invitation, may_authorize: bool, authorized: RwSignal<Option<Invitation>>) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let Invitation { id, provider_name, message, .. } = invitation;
    let invited = i18n.t_with("indirect-accept-invited", "provider", provider_name.clone());
    let message = message.filter(|m| !m.trim().is_empty()).map(|m| {
        let from = i18n.t_with("indirect-accept-message-from", "provider", provider_name.clone());
        view! {
            <figure class="quote">
                <figcaption>{from}</figcaption>
                // The provider's own words: text, never markup.
                <blockquote><p>{m}</p></blockquote>
            </figure>
        }
    });
    let action = if may_authorize {
        view! { <AuthorizeForm id provider=provider_name authorized client/> }.into_any()
    } else {
        view! {
            <p class="notice notice-info" role="status" id="accept-not-admin">
                {i18n.msg("indirect-accept-global-admin-only")}
            </p>
        }
        .into_any()
    };
    view! {
        <p class="lead">{invited}</p>
        {message}
        <section aria-labelledby="grants-heading">
            <h2 id="grants-heading">{i18n.msg("indirect-accept-grants-heading")}</h2>
            <ul>
                <li>{i18n.msg("indirect-accept-grants-orders")}</li>
                <li>{i18n.msg("indirect-accept-grants-admin")}</li>
            </ul>
            <p>{i18n.msg("indirect-accept-grants-remove")}</p>
        </section>
        {action}
    }
}

/// The check box and **Authorize indirect provider**. The request id is kept across retries:
/// a double click or a retry after a lost answer authorizes once.
#[component]
fn AuthorizeForm(
    id: String,
    provider: String,
    authorized: RwSignal<Option<Invitation>>,
    client: Client,
) -> impl IntoView {
    let i18n = use_i18n();
    let confirmed = Field::new("confirmed", "indirect-accept-confirm", Rule::Text { max: 3 }, String::new())
        .worded(|_| "indirect-accept-confirm-required");
    let form = Form::new(&[confirmed]);
    // A link spent meanwhile (another tab, another admin), or the partner's own: said as such,
    // not as a generic conflict.
    let form = form.on_error(move |e| match link_problem(e) {
        Some(id) => {
            form.show_problem(Problem::Message(id));
            Handled::Yes
        }
        None => Handled::No,
    });
    let on_submit = form.on_submit(
        move |ids| {
            let (c, id) = (client.clone(), id.clone());
            async move { api::relationships::authorize(&c, &id, &ids.main()).await }
        },
        move |mut done: Invitation| {
            if done.provider_name.trim().is_empty() {
                done.provider_name = provider.clone();
            }
            authorized.set(Some(done));
        },
    );
    view! {
        <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <CheckField field=confirmed/>
            <SubmitButton form label="indirect-accept-authorize"/>
        </form>
    }
}

/// Done: the provider is the partner's indirect provider now.
#[component]
fn Authorized(provider: String) -> impl IntoView {
    let i18n = use_i18n();
    let text = i18n.t_with("indirect-accept-authorized", "provider", provider);
    view! {
        <p class="notice notice-success" role="status" id="accept-done">{text}</p>
        <p>
            <A href=Page::IndirectProviders.path() attr:class="button">{i18n.msg("indirect-accept-to-providers")}</A>
        </p>
    }
}

/// A link that leads nowhere: why, and the way on.
#[component]
fn DeadLink(message: &'static str) -> impl IntoView {
    let i18n: I18n = use_i18n();
    view! {
        <div class="notice notice-error" role="alert" id="accept-dead">
            <p>{i18n.msg(message)}</p>
        </div>
        <p>{i18n.msg("indirect-accept-ask-provider")}</p>
        <p><A href=Page::Overview.path()>{i18n.msg("indirect-accept-to-overview")}</A></p>
    }
}
