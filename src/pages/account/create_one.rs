use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use serde::{Deserialize, Serialize};

use super::rules;
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, PageHeading, SummaryItem, TextField};
use crate::form::{self, Field, Rule, outcome_unknown};
use crate::i18n::use_i18n;
use crate::model::enrollment::CreateAccountRequest;
use crate::model::{Session, SignInRequest};
use crate::routes::{Page, sign_in_returning_to};
use crate::session::use_session;
use crate::storage;
use crate::validate::Problem;

/// The non-secret fields survive a reload until the account exists.
const DRAFT_KEY: &str = "pc.account.createOne";
/// Where enrollment goes on once the partner has an account.
const NEXT_STEP: Page = Page::EnrollAccount;

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Draft {
    domain: String,
    organization_name: String,
    first_name: String,
    last_name: String,
    user_name: Option<String>,
    /// The sign-in name once the account exists. The password is not kept, so after a reload
    /// the page cannot sign in by itself: it sends the partner to sign in instead of creating
    /// the account a second time (which the server would refuse: domain taken).
    created: Option<String>,
}

/// Which call of a submit failed: creating the account, or signing in with it afterwards.
#[derive(Clone)]
enum Failure {
    Create(ApiError),
    SignIn(ApiError),
}

/// "Create one": a new work or school account (organization domain and its first admin) for a
/// partner who has none yet, then signed in with it and on to the next enrollment step.
#[component]
pub fn CreateOne() -> impl IntoView {
    let i18n = use_i18n();
    let session = use_session();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let cloud = i18n.cloud();

    let d = storage::load::<Draft>(DRAFT_KEY).unwrap_or_default();
    if let Some(name) = d.created.clone() {
        // Before any form state: this page has nothing to create any more (and the draft, with
        // its marker, must not be overwritten by the form's empty "created").
        if session.get_untracked().is_none() {
            return view! { <super::created_earlier::CreatedEarlier name/> }.into_any();
        }
        // Signed in meanwhile (through that page's link, say): the marker has done its work.
        storage::clear(DRAFT_KEY);
    }
    let domain = Field::new("organizationDomain", "account-domain", Rule::Text { max: 27 }, d.domain);
    let organization =
        Field::new("organizationName", "account-organization-name", Rule::Text { max: 100 }, d.organization_name);
    let first = Field::new("adminFirstName", "account-first-name", Rule::Text { max: 50 }, d.first_name);
    let last = Field::new("adminLastName", "account-last-name", Rule::Text { max: 50 }, d.last_name);
    let user = Field::new(
        "userName",
        "account-user-name",
        Rule::Text { max: rules::USER_NAME_MAX },
        d.user_name.unwrap_or_else(|| "admin".into()),
    );
    let password = Field::new("password", "account-password", Rule::NewPassword, String::new());
    let confirm = Field::new("confirmPassword", "account-confirm-password", Rule::Secret, String::new());
    let fields = [domain, organization, first, last, user, password, confirm];

    let form_error = RwSignal::new(None::<ApiError>);
    let failed_submits = RwSignal::new(0u32);
    // One id per logical "create", kept while the outcome is unknown (timeout, network, 5xx):
    // a retry or a second click is then the same operation, which the server replays instead
    // of creating a second organization. Renewed once the server has answered.
    let create_id = StoredValue::new(api::new_request_id());
    let sign_in_id = StoredValue::new(api::new_request_id());
    // Once the account exists, submitting again only signs in, with the credentials it was
    // created with (kept in memory only).
    let created = RwSignal::new(None::<SignInRequest>);

    Effect::new(move |_| {
        storage::save(
            DRAFT_KEY,
            &Draft {
                domain: domain.value.get(),
                organization_name: organization.value.get(),
                first_name: first.value.get(),
                last_name: last.value.get(),
                user_name: Some(user.value.get()),
                created: created.with(|c| c.as_ref().map(|c| c.user_name.clone())),
            },
        )
    });

    let check = move |f: Field| -> bool {
        let e = problem(f, &user.value.get_untracked(), &password.value.get_untracked());
        f.error.set(e);
        e.is_none()
    };
    // Like `Field::blur`: judge what was typed, but don't scold an empty field nobody filled yet.
    let blur = move |f: Field| {
        if f.holds_server_error() {
            return;
        }
        if !f.value.get_untracked().trim().is_empty() || f.error.get_untracked().is_some() {
            check(f);
        }
        // The password's rules depend on the user name; the confirmation on the password.
        if f.id == user.id && !password.value.get_untracked().is_empty() {
            check(password);
        }
        if f.id == password.id && !confirm.value.get_untracked().is_empty() {
            check(confirm);
        }
    };

    let submit = Action::new_local(move |req: &(Option<CreateAccountRequest>, SignInRequest)| {
        let (client, (create, sign_in)) = (client.clone(), req.clone());
        let (cid, sid) = (create_id.get_value(), sign_in_id.get_value());
        async move {
            if let Some(create) = create {
                api::accounts::create(&client, &create, &cid).await.map_err(Failure::Create)?;
                created.set(Some(sign_in.clone()));
            }
            api::sessions::sign_in(&client, &sign_in, &sid).await.map_err(Failure::SignIn)
        }
    });

    Effect::new(move |_| {
        let Some(result) = submit.value().get() else { return };
        match result {
            Ok(s) => finish(s, session, &navigate),
            Err(Failure::Create(e)) => {
                if !outcome_unknown(&e) {
                    create_id.set_value(api::new_request_id());
                }
                let whole_form = apply_create_errors(&fields, &e);
                form_error.set(whole_form.then_some(e));
                failed_submits.update(|n| *n += 1);
            }
            Err(Failure::SignIn(e)) => {
                if !outcome_unknown(&e) {
                    sign_in_id.set_value(api::new_request_id());
                }
                form_error.set(Some(e));
                failed_submits.update(|n| *n += 1);
            }
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if submit.pending().get_untracked() {
            return; // a second click while the first is on its way does nothing
        }
        form_error.set(None);
        if let Some(sign_in) = created.get_untracked() {
            submit.dispatch((None, sign_in));
            return;
        }
        // Every field is checked (not just up to the first problem), so all problems show at once.
        let ok: Vec<bool> = fields.iter().map(|f| check(*f)).collect();
        if ok.contains(&false) {
            failed_submits.update(|n| *n += 1);
            return;
        }
        let (label, user_name) = (domain.trimmed(), user.trimmed());
        let request = CreateAccountRequest {
            organization_domain: rules::organization_domain(&label, cloud),
            organization_name: organization.trimmed(),
            admin_first_name: first.trimmed(),
            admin_last_name: last.trimmed(),
            user_name: user_name.clone(),
            password: password.value.get_untracked(),
            cloud,
        };
        let sign_in = SignInRequest {
            user_name: rules::sign_in_name(&user_name, &label, cloud),
            password: request.password.clone(),
        };
        submit.dispatch((Some(request), sign_in));
    };

    let summary = Signal::derive(move || {
        let mut items = form::summary(i18n, &fields);
        if let Some(e) = form_error.get() {
            let code_is = |c: &str| e.body().is_some_and(|b| b.code.is(c));
            let message = if code_is("not_available_in_cloud") {
                i18n.t("account-error-other-cloud")
            } else if code_is("request_id_conflict") {
                // The form changed after an attempt whose outcome is unknown: that attempt may
                // have created the account with the earlier values.
                i18n.t("account-error-earlier-attempt")
            } else {
                form::request_error_message(i18n, &e)
            };
            items.push(SummaryItem { field: None, message });
        }
        items
    });
    let preview = move || {
        let (label, name) = (domain.value.get(), user.value.get());
        (!label.trim().is_empty() && !name.trim().is_empty())
            .then(|| i18n.t_args("account-sign-in-name", &[("name", rules::sign_in_name(&name, &label, cloud))]))
    };
    let retryable = move || form_error.with(|e| e.as_ref().is_some_and(outcome_unknown));
    let button_text = move || {
        let id = if submit.pending().get() {
            if created.with(Option::is_some) { "signin-submitting" } else { "account-creating" }
        } else if retryable() {
            "form-retry"
        } else if created.with(Option::is_some) {
            "signin-submit"
        } else {
            "account-create-submit"
        };
        i18n.t(id)
    };
    let field = move |f: Field, hint: Option<Signal<String>>, input_type: &'static str, autocomplete: &'static str| {
        view! {
            <TextField
                id=f.id
                label=i18n.msg(f.label)
                hint=hint
                value=f.value
                error=f.message(i18n)
                input_type=input_type
                autocomplete=Some(autocomplete)
                required=true
                on_blur=Callback::new(move |_| blur(f))
            />
        }
    };
    let domain_hint = Signal::derive(move || {
        i18n.t_args("account-domain-hint", &[("suffix", rules::domain_suffix(cloud).to_string())])
    });

    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("account-create-title")/>
            <ErrorSummary items=summary focus=failed_submits/>
            <p>
                {i18n.msg("account-create-intro")} " "
                <a href=sign_in_returning_to(NEXT_STEP.path())>{i18n.msg("account-have-account")}</a>
            </p>
            {move || created.get().map(|c| view! {
                <p class="notice" role="status">{i18n.t_args("account-created-notice", &[("name", c.user_name)])}</p>
            })}
            <form novalidate on:submit=on_submit aria-busy=move || submit.pending().get().then_some("true")>
                {field(domain, Some(domain_hint), "text", "off")}
                {field(organization, None, "text", "organization")}
                {field(first, None, "text", "given-name")}
                {field(last, None, "text", "family-name")}
                {field(user, Some(i18n.msg("account-user-name-hint")), "text", "username")}
                <p class="notice">{preview}</p>
                {field(password, Some(i18n.msg("account-password-hint")), "password", "new-password")}
                {field(confirm, None, "password", "new-password")}
                <button
                    type="submit"
                    class="button"
                    aria-disabled=move || submit.pending().get().then_some("true")
                >
                    {button_text}
                </button>
            </form>
        </section>
    }
    .into_any()
}

fn finish(s: Session, session: crate::session::SessionCtx, navigate: &impl Fn(&str, NavigateOptions)) {
    storage::clear(DRAFT_KEY);
    session.set(Some(s));
    navigate(NEXT_STEP.path(), NavigateOptions { replace: true, ..Default::default() });
}

/// The message id for what is wrong with a field of this form, or None. The shared rules cover
/// presence and length; this page adds the domain label, the user name's shape, the password
/// against the user name, and the confirmation.
fn problem(f: Field, user: &str, password: &str) -> Option<&'static str> {
    message_for(f.id, f.rule, &f.value.get_untracked(), user, password)
}

fn message_for(id: &str, rule: Rule, value: &str, user: &str, password: &str) -> Option<&'static str> {
    let v = value.trim();
    let result = match id {
        "organizationDomain" => rules::domain_label(v),
        "userName" => rules::user_name(v),
        "password" => rules::new_password(value, user.trim()),
        "confirmPassword" if value.is_empty() => Err(Problem::Required),
        "confirmPassword" => return (value != password).then_some("form-error-password-mismatch"),
        _ => rule.check(value),
    };
    result.err().map(|p| match (id, p) {
        (_, Problem::Required | Problem::TooLong) => rule.message_id(p),
        ("organizationDomain", _) => "form-error-domain",
        ("userName", _) => "account-error-user-name",
        _ => rule.message_id(p),
    })
}

/// Puts the server's answer on the fields it concerns; true when it belongs to the whole form
/// (shown as such in the summary).
fn apply_create_errors(fields: &[Field], e: &ApiError) -> bool {
    let by_id = |id: &str| fields.iter().find(|f| f.id == id).copied();
    if e.body().is_some_and(|b| b.code.is("domain_taken")) {
        if let Some(f) = by_id("organizationDomain") {
            f.set_server_message("form-error-domain-taken");
        }
        return false;
    }
    let errors = e.field_errors();
    let rest = form::apply_server_errors(fields, &errors);
    // The shared mapping knows "invalid" only; these two fields have a message that says how.
    for (id, better) in [("organizationDomain", "form-error-domain"), ("userName", "account-error-user-name")] {
        if let Some(f) = by_id(id)
            && f.error.get_untracked() == Some("form-error-invalid")
        {
            f.set_server_message(better);
        }
    }
    errors.is_empty() || !rest.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: Rule = Rule::Text { max: 50 };

    #[test]
    fn each_field_names_its_own_problem() {
        assert_eq!(
            message_for("organizationDomain", Rule::Text { max: 27 }, "", "admin", ""),
            Some("form-error-required")
        );
        assert_eq!(
            message_for("organizationDomain", Rule::Text { max: 27 }, "Contoso", "admin", ""),
            Some("form-error-domain")
        );
        assert_eq!(
            message_for("organizationDomain", Rule::Text { max: 27 }, &"a".repeat(30), "admin", ""),
            Some("form-error-too-long")
        );
        assert_eq!(message_for("organizationDomain", Rule::Text { max: 27 }, " lanhai-data ", "admin", ""), None);
        assert_eq!(
            message_for("userName", Rule::Text { max: 64 }, "lin..hai", "", ""),
            Some("account-error-user-name")
        );
        assert_eq!(message_for("userName", Rule::Text { max: 64 }, "admin", "", ""), None);
        assert_eq!(message_for("adminFirstName", T, " ", "", ""), Some("form-error-required"));
        assert_eq!(message_for("adminFirstName", T, "海", "", ""), None);
    }

    #[test]
    fn passwords_are_strong_free_of_the_user_name_and_confirmed() {
        let p = Rule::NewPassword;
        assert_eq!(message_for("password", p, "Cloud-Partner-2027", "admin", ""), None);
        assert_eq!(message_for("password", p, "MyAdmin-2027!", "admin", ""), Some("form-error-weak-password"));
        assert_eq!(message_for("password", p, "short", "admin", ""), Some("form-error-weak-password"));
        assert_eq!(message_for("password", p, "", "admin", ""), Some("form-error-required"));
        let s = Rule::Secret;
        assert_eq!(message_for("confirmPassword", s, "", "", "Cloud-Partner-2027"), Some("form-error-required"));
        assert_eq!(
            message_for("confirmPassword", s, "Cloud-Partner-2028", "", "Cloud-Partner-2027"),
            Some("form-error-password-mismatch")
        );
        assert_eq!(message_for("confirmPassword", s, "Cloud-Partner-2027", "", "Cloud-Partner-2027"), None);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod props {
    use proptest::prelude::*;

    use super::*;
    use crate::test_support::{any_text, config, short_text};

    proptest! {
        #![proptest_config(config(256))]

        /// Whatever sessionStorage holds, the saved form reads back without a panic, and what
        /// the page saved comes back exactly.
        #[test]
        fn the_saved_form_round_trips(text in any_text(), fields in (short_text(), any_text(), short_text(), short_text()), user in proptest::option::of(short_text()), created in proptest::option::of(short_text())) {
            let _ = storage::decode::<Draft>(&text);
            let (domain, organization_name, first_name, last_name) = fields;
            let d = Draft { domain, organization_name, first_name, last_name, user_name: user, created };
            prop_assert_eq!(storage::decode::<Draft>(&serde_json::to_string(&d).unwrap()), Some(d));
        }

        /// Every field's check takes anything typed (or restored) without a panic.
        #[test]
        fn every_field_check_takes_any_text(value in any_text(), user in short_text(), password in short_text()) {
            for (id, rule) in [
                ("organizationDomain", Rule::Text { max: 27 }),
                ("organizationName", Rule::Text { max: 100 }),
                ("adminFirstName", Rule::Text { max: 50 }),
                ("userName", Rule::Text { max: rules::USER_NAME_MAX }),
                ("password", Rule::NewPassword),
                ("confirmPassword", Rule::Secret),
            ] {
                let _ = message_for(id, rule, &value, &user, &password);
            }
            let _ = rules::sign_in_name(&user, &value, crate::config::Cloud::China);
        }
    }
}
