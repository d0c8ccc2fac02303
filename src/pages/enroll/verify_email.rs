use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::api::{self, ApiError, Client};
use crate::components::PageHeading;
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::use_i18n;
use crate::model::Role;
use crate::routes::Page;
use crate::session::{current_address, sign_in_again, use_session};

/// What a failed verification means for the partner (pure, so each code's page is tested
/// natively): the Fluent id of the page's words, or None for a failure that is not about the
/// link (the server down, offline), which offers Try again.
pub fn link_problem(e: &ApiError) -> Option<&'static str> {
    let code = |c: &str| e.body().is_some_and(|b| b.code.is(c));
    Some(match e.status()? {
        _ if code("email_link_used") => "enroll-verify-used",
        _ if code("email_link_expired") => "enroll-verify-expired",
        _ if code("email_link_superseded") => "enroll-verify-superseded",
        _ if code("email_link_for_another_partner") => "enroll-verify-other-partner",
        409 if code("invalid_state") => "enroll-verify-not-waiting",
        404 | 400 => "enroll-verify-not-found",
        _ => return None,
    })
}

/// `/enroll/verify-email/{token}`, the link in the primary contact's e-mail: opening it
/// verifies the address (signed in as any user of the enrolling organization), and the review
/// starts. A link that is unknown, used, expired, superseded or another organization's gets a
/// page that says which. The request id is kept for the page's life, so Try again after a lost
/// answer is the same verification.
#[component]
pub fn VerifyEmailPage() -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let token = use_params_map().with_untracked(|p| p.get("token")).unwrap_or_default();
    let request_id = api::new_request_id();
    let verify = Load::new(move || {
        let (c, token, id) = (client.clone(), token.clone(), request_id.clone());
        async move {
            let t = token.trim();
            if !(1..=200).contains(&t.chars().count()) || t.chars().any(char::is_control) {
                // No request for what cannot be a token: the same page as an unknown one.
                return Err(ApiError::from_status(404, "", None));
            }
            api::enrollment::verify_email(&c, t, &id).await
        }
    });
    // The global admin goes on to the status; anyone else is told the admin will hear by e-mail.
    let admin = use_session().get_untracked().is_some_and(|s| s.user.roles.contains(&Role::GlobalAdmin));

    let body = move || {
        match verify.state().get() {
        LoadState::Loading => {
            view! { <p class="loading" role="status">{i18n.msg("enroll-verify-loading")}</p> }.into_any()
        }
        LoadState::Failed(e) if e.needs_sign_in() => {
            // Untracked, like a <Redirect/>: the navigation must not re-run this view.
            untrack(|| sign_in_again(&use_navigate(), &current_address()));
            ().into_any()
        }
        LoadState::Failed(e) => match link_problem(&e) {
            Some(id) => view! {
                <div class="notice notice-error" role="alert" id="verify-dead">
                    <p>{i18n.msg(id)}</p>
                </div>
                <p><A href=Page::EnrollResume.path()>{i18n.msg("enroll-verify-to-status")}</A></p>
            }
            .into_any(),
            None => view! {
                <div class="notice notice-error" role="alert">
                    <p>{crate::form::request_error_message(i18n, &e)}</p>
                    <button type="button" class="button" on:click=move |_| verify.retry()>
                        {i18n.msg("error-retry")}
                    </button>
                </div>
            }
            .into_any(),
        },
        LoadState::Ready(v) => view! {
            <p class="notice notice-success" role="status" id="verify-done">
                {i18n.t_with("enroll-verify-done", "email", v.email)}
            </p>
            <p>{i18n.msg("enroll-verify-review-days")}</p>
            {if admin {
                view! { <p><A href=Page::EnrollStatus.path() attr:class="button">{i18n.msg("enroll-verify-to-status")}</A></p> }.into_any()
            } else {
                view! { <p><A href=Page::Overview.path()>{i18n.msg("enroll-status-go-overview")}</A></p> }.into_any()
            }}
        }
        .into_any(),
    }
    };

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("enroll-verify-title")/>
            {body}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(status: u16, code: &str) -> ApiError {
        ApiError::from_status(status, &format!(r#"{{"code":"{code}","description":"x","data":[]}}"#), None)
    }

    #[test]
    fn each_dead_link_has_its_own_words() {
        assert_eq!(link_problem(&err(409, "email_link_used")), Some("enroll-verify-used"));
        assert_eq!(link_problem(&err(410, "email_link_expired")), Some("enroll-verify-expired"));
        assert_eq!(link_problem(&err(410, "email_link_superseded")), Some("enroll-verify-superseded"));
        assert_eq!(link_problem(&err(403, "email_link_for_another_partner")), Some("enroll-verify-other-partner"));
        assert_eq!(link_problem(&err(404, "email_link_not_found")), Some("enroll-verify-not-found"));
        assert_eq!(link_problem(&ApiError::from_status(404, "<html>", None)), Some("enroll-verify-not-found"));
        // Not about the link: the page offers Try again.
        assert_eq!(link_problem(&err(500, "internal_error")), None);
        assert_eq!(link_problem(&err(429, "throttled")), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever the server answers, the page picks its words without a panic, and a failure
        /// that is not about the link always offers Try again (None).
        #[test]
        fn any_answer_is_survivable(status in 400u16..600, body in any_text()) {
            let e = ApiError::from_status(status, &body, None);
            if let Some(id) = link_problem(&e) {
                prop_assert!(id.starts_with("enroll-verify-"));
            }
        }
    }
}
