use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use serde::{Deserialize, Serialize};

use super::{new_password, rules};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, PageHeading, SelectField, SubmitButton, TextField};
use crate::form::submit::{self, Handled};
use crate::form::{self, Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::model::enrollment::CreateAccountRequest;
use crate::model::{Session, SignInRequest};
use crate::routes::{Page, sign_in_returning_to};
use crate::session::use_session;
use crate::storage;

/// The non-secret fields survive a reload until the account exists.
const DRAFT_KEY: &str = "pc.account.createOne";
/// Where the partner goes once they have an account: on into their cloud's enrollment (China's
/// account step; global's first step, wherever the journey stands). Create one never leads into
/// another cloud's journey.
fn next_step(cloud: Cloud) -> Page {
    match cloud {
        Cloud::China => Page::EnrollAccount,
        Cloud::Global => Page::EnrollResume,
    }
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
struct Draft {
    domain: String,
    organization_name: String,
    first_name: String,
    last_name: String,
    user_name: Option<String>,
    /// The tenant's country/region (global only).
    country: Option<String>,
    /// The sign-in name once the account exists. The password is not kept, so after a reload
    /// the page cannot sign in by itself: it sends the partner to sign in instead of creating
    /// the account a second time (which the server would refuse: domain taken).
    created: Option<String>,
}

/// The form's fields, in the order the error summary lists them.
#[derive(Clone, Copy)]
struct Fields {
    domain: Field,
    organization: Field,
    first: Field,
    last: Field,
    user: Field,
    password: Field,
    confirm: Field,
    /// Global only: the tenant's country/region (China's is China).
    country: Field,
}

impl Fields {
    /// The fields, filled from the saved draft. The shared rules cover presence and length; the
    /// page's checks add the domain label, the user name's shape, the password against the user
    /// name, and the confirmation.
    fn new(d: Draft) -> Fields {
        let domain = Field::new("organizationDomain", "account-domain", Rule::Text { max: 27 }, d.domain)
            .with_check(rules::domain_message);
        let organization =
            Field::new("organizationName", "account-organization-name", Rule::Text { max: 100 }, d.organization_name);
        let first = Field::new("adminFirstName", "account-first-name", Rule::Text { max: 50 }, d.first_name);
        let last = Field::new("adminLastName", "account-last-name", Rule::Text { max: 50 }, d.last_name);
        let user = Field::new(
            "userName",
            "account-user-name",
            Rule::Text { max: rules::USER_NAME_MAX },
            d.user_name.unwrap_or_else(|| "admin".into()),
        )
        .with_check(rules::user_name_message);
        let (password, confirm) = new_password::fields(
            user,
            ("password", "account-password"),
            ("confirmPassword", "account-confirm-password"),
        );
        let country =
            Field::new("country", "account-country", Rule::Text { max: 2 }, d.country.unwrap_or_else(|| "US".into()));
        Fields { domain, organization, first, last, user, password, confirm, country }
    }

    /// The fields of `cloud`'s form, in form order.
    fn all(&self, cloud: Cloud) -> Vec<Field> {
        let mut all = vec![self.domain, self.organization];
        if cloud == Cloud::Global {
            all.push(self.country);
        }
        all.extend([self.first, self.last, self.user, self.password, self.confirm]);
        all
    }

    /// The account to create, and the sign-in that follows it.
    fn requests(&self, cloud: Cloud) -> (CreateAccountRequest, SignInRequest) {
        let (label, user_name) = (self.domain.trimmed(), self.user.trimmed());
        let create = CreateAccountRequest {
            organization_domain: rules::organization_domain(&label, cloud),
            organization_name: self.organization.trimmed(),
            admin_first_name: self.first.trimmed(),
            admin_last_name: self.last.trimmed(),
            user_name: user_name.clone(),
            password: self.password.value.get_untracked(),
            cloud,
            country: (cloud == Cloud::Global).then(|| self.country.trimmed()),
        };
        let sign_in = SignInRequest {
            user_name: rules::sign_in_name(&user_name, &label, cloud),
            password: create.password.clone(),
        };
        (create, sign_in)
    }
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
    let fields = Fields::new(d);
    let Fields { domain, organization, first, last, user, country, .. } = fields;
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
                country: Some(country.value.get()),
                created: created.with(|c| c.as_ref().map(|c| c.user_name.clone())),
            },
        )
    });

    // The ids of "create" and "sign-in" are kept while the outcome is unknown (timeout, network,
    // 5xx), even across edits: a retry is then the same operation, which the server replays (or,
    // with changed values, refuses) instead of creating a second organization.
    let form = Form::new(&fields.all(cloud)).keep_ids_while_unknown();
    form.on_error(move |e| {
        // A failed sign-in is the form's as a whole; a failed create may concern the fields.
        if created.with_untracked(Option::is_some) || apply_create_errors(&fields.all(cloud), e) {
            form.show_problem(whole_form_problem(e));
        }
        Handled::Yes
    });
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            let (create, sign_in) = match created.get_untracked() {
                Some(sign_in) => (None, sign_in),
                None => {
                    let (create, sign_in) = fields.requests(cloud);
                    (Some(create), sign_in)
                }
            };
            async move {
                if let Some(create) = create {
                    api::accounts::create(&client, &create, &ids.get("create")).await?;
                    created.set(Some(sign_in.clone()));
                }
                api::sessions::sign_in(&client, &sign_in, &ids.get("sign-in")).await
            }
        },
        move |s| finish(s, session, &navigate, next_step(i18n.cloud())),
    );

    let preview = move || {
        let (label, name) = (domain.value.get(), user.value.get());
        (!label.trim().is_empty() && !name.trim().is_empty())
            .then(|| i18n.t_args("account-sign-in-name", &[("name", rules::sign_in_name(&name, &label, cloud))]))
    };
    // The hint names the cloud's suffix, so the domain is a TextField with an argument-taking
    // hint rather than a FormField.
    let domain_hint = Signal::derive(move || {
        i18n.t_args("account-domain-hint", &[("suffix", rules::domain_suffix(cloud).to_string())])
    });

    view! {
        <section class="page narrow">
            <PageHeading text=i18n.msg("account-create-title")/>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <p>
                {i18n.msg("account-create-intro")} " "
                <a href=sign_in_returning_to(next_step(i18n.cloud()).path())>{i18n.msg("account-have-account")}</a>
            </p>
            {move || created.get().map(|c| view! {
                <p class="notice" role="status">{i18n.t_args("account-created-notice", &[("name", c.user_name)])}</p>
            })}
            <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
                <TextField
                    id=domain.id
                    label=i18n.msg(domain.label)
                    hint=Some(domain_hint)
                    value=domain.value
                    error=domain.message(i18n)
                    autocomplete=Some("off")
                    required=true
                    on_blur=Callback::new(move |_| domain.blur())
                />
                <FormField field=organization autocomplete="organization"/>
                {(cloud == Cloud::Global).then(|| {
                    // Partners in China belong to the other cloud: not offered here.
                    let choices = Signal::derive(move || crate::names::countries(i18n.locale(), "CN"));
                    view! { <SelectField field=country choices/> }
                })}
                <FormField field=first autocomplete="given-name"/>
                <FormField field=last autocomplete="family-name"/>
                <FormField field=user hint="account-user-name-hint" autocomplete="username"/>
                <p class="notice">{preview}</p>
                <FormField
                    field=fields.password
                    hint="account-password-hint"
                    input_type="password"
                    autocomplete="new-password"
                />
                <FormField field=fields.confirm input_type="password" autocomplete="new-password"/>
                <Show
                    when=move || created.with(Option::is_none)
                    fallback=move || view! { <SubmitButton form=form label="signin-submit" busy="signin-submitting"/> }
                >
                    <SubmitButton form=form label="account-create-submit" busy="account-creating"/>
                </Show>
            </form>
        </section>
    }
    .into_any()
}

fn finish(s: Session, session: crate::session::SessionCtx, navigate: &impl Fn(&str, NavigateOptions), next: Page) {
    storage::clear(DRAFT_KEY);
    session.set(Some(s));
    navigate(next.path(), NavigateOptions { replace: true, ..Default::default() });
}

/// The summary's line for a failure that belongs to the whole form.
fn whole_form_problem(e: &ApiError) -> submit::Problem {
    let code_is = |c: &str| e.body().is_some_and(|b| b.code.is(c));
    if code_is("not_available_in_cloud") {
        submit::Problem::Message("account-error-other-cloud")
    } else if code_is("request_id_conflict") {
        // The form changed after an attempt whose outcome is unknown: that attempt may have
        // created the account with the earlier values.
        submit::Problem::Message("account-error-earlier-attempt")
    } else {
        submit::Problem::Request(e.clone())
    }
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

    /// What the page's field `id` says of `value`, with the user name and password typed as given.
    pub(super) fn message_for(id: &str, value: &str, user: &str, password: &str) -> Option<&'static str> {
        let f = Fields::new(Draft::default());
        f.user.value.set(user.into());
        f.password.value.set(password.into());
        f.all(Cloud::Global).into_iter().find(|x| x.id == id).expect("a field of the page").problem(value)
    }

    #[test]
    fn each_field_names_its_own_problem() {
        assert_eq!(message_for("organizationDomain", "", "admin", ""), Some("form-error-required"));
        assert_eq!(message_for("organizationDomain", "Contoso", "admin", ""), Some("form-error-domain"));
        assert_eq!(message_for("organizationDomain", &"a".repeat(30), "admin", ""), Some("form-error-too-long"));
        assert_eq!(message_for("organizationDomain", " lanhai-data ", "admin", ""), None);
        assert_eq!(message_for("userName", "lin..hai", "", ""), Some("account-error-user-name"));
        assert_eq!(message_for("userName", "admin", "", ""), None);
        assert_eq!(message_for("adminFirstName", " ", "", ""), Some("form-error-required"));
        assert_eq!(message_for("adminFirstName", "海", "", ""), None);
    }

    #[test]
    fn passwords_are_strong_free_of_the_user_name_and_confirmed() {
        assert_eq!(message_for("password", "Cloud-Partner-2027", "admin", ""), None);
        assert_eq!(message_for("password", "MyAdmin-2027!", "admin", ""), Some("form-error-weak-password"));
        assert_eq!(message_for("password", "short", "admin", ""), Some("form-error-weak-password"));
        assert_eq!(message_for("password", "", "admin", ""), Some("form-error-required"));
        assert_eq!(message_for("confirmPassword", "", "", "Cloud-Partner-2027"), Some("form-error-required"));
        assert_eq!(
            message_for("confirmPassword", "Cloud-Partner-2028", "", "Cloud-Partner-2027"),
            Some("form-error-password-mismatch")
        );
        assert_eq!(message_for("confirmPassword", "Cloud-Partner-2027", "", "Cloud-Partner-2027"), None);
    }

    #[test]
    fn leaving_the_user_name_judges_the_password_again() {
        let f = Fields::new(Draft::default());
        f.password.value.set("Lin-Harbor-2031".into());
        f.password.blur();
        assert_eq!(f.password.error.get_untracked(), None);
        f.user.value.set("lin.hai".into());
        f.user.blur();
        assert_eq!(f.password.error.get_untracked(), None);
        f.user.value.set("harbor".into());
        f.user.blur();
        assert_eq!(f.password.error.get_untracked(), Some("form-error-weak-password"));
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
        fn the_saved_form_round_trips(
            text in any_text(),
            fields in (short_text(), any_text(), short_text(), short_text()),
            user in proptest::option::of(short_text()),
            created in proptest::option::of(short_text()),
            country in proptest::option::of(short_text()),
        ) {
            let _ = storage::decode::<Draft>(&text);
            let (domain, organization_name, first_name, last_name) = fields;
            let d = Draft { domain, organization_name, first_name, last_name, user_name: user, country, created };
            prop_assert_eq!(storage::decode::<Draft>(&serde_json::to_string(&d).unwrap()), Some(d));
        }

        /// Every field's check takes anything typed (or restored) without a panic.
        #[test]
        fn every_field_check_takes_any_text(value in any_text(), user in short_text(), password in short_text()) {
            let f = Fields::new(Draft::default());
            for field in f.all(Cloud::Global) {
                let _ = tests::message_for(field.id, &value, &user, &password);
            }
            let _ = rules::sign_in_name(&user, &value, Cloud::China);
        }
    }
}
