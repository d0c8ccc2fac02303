use leptos::prelude::*;

use super::user_name;
use crate::api::{self, Client};
use crate::components::{ErrorSummary, FormField, SubmitButton};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::model::customer_users::{CustomerUser, NewCustomerUser};
use crate::validate::account;

/// **Add user**: first and last name, display name, the user name (`name@<customer domain>`)
/// and the usage location (where the user works: licences are sold per country). The display
/// name follows the two names until the partner changes it.
#[component]
pub fn UserAdd(
    customer: String,
    domain: String,
    /// The customer's country: the usage location to start from.
    country: String,
    on_added: Callback<CustomerUser>,
    on_cancel: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let customer = StoredValue::new(customer);
    let domain = StoredValue::new(domain);

    let first = Field::new("firstName", "customer-first-name", Rule::Text { max: 50 }, String::new());
    let last = Field::new("lastName", "customer-last-name", Rule::Text { max: 50 }, String::new());
    let display = Field::new("displayName", "customer-display-name", Rule::Text { max: 100 }, String::new());
    let name =
        Field::new("userPrincipalName", "customer-user-name", Rule::Text { max: user_name::NAME_MAX }, String::new())
            .with_check(|v| user_name::name(v).err().map(user_name::message_id));
    let location = Field::new("usageLocation", "customer-usage-location", Rule::Text { max: 2 }, country)
        .with_check(|v| account::country(&v.trim().to_ascii_uppercase()).err().map(|_| "customer-user-error-location"));
    // The display name is the two names written as the app writes names, until typed over.
    let display_typed = RwSignal::new(false);
    Effect::new(move |_| {
        let full = crate::validate::name::full_name(&first.value.get(), &last.value.get());
        if !display_typed.get_untracked() {
            display.value.set(full);
        }
    });

    let form = Form::new(&[first, last, display, name, location]);
    let form = form.on_error(move |e| match e.status() {
        // The only conflict the contract names: the user name is taken (`user_exists`).
        Some(409) => {
            name.set_server_message("customer-user-error-taken");
            Handled::Yes
        }
        // The customer was removed meanwhile.
        Some(404) => {
            form.show_problem(Problem::Message("customer-gone"));
            Handled::Yes
        }
        _ => Handled::No,
    });
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            let user = NewCustomerUser {
                user_principal_name: user_name::principal_name(&name.value.get_untracked(), &domain.get_value()),
                first_name: first.trimmed(),
                last_name: last.trimmed(),
                display_name: display.trimmed(),
                usage_location: location.trimmed().to_ascii_uppercase(),
            };
            async move { api::customer_users::create(&client, &customer.get_value(), &user, &ids.main()).await }
        },
        move |user: CustomerUser| on_added.run(user),
    );
    let suffix = format!("@{}", domain.get_value());
    view! {
        <form novalidate class="card" id="add-user-form" on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
            <h3>{i18n.msg("customer-add-user")}</h3>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            <FormField field=first autocomplete="off"/>
            <FormField field=last autocomplete="off"/>
            <div on:input=move |_| display_typed.set(true)>
                <FormField field=display autocomplete="off"/>
            </div>
            <FormField field=name autocomplete="off" hint="customer-user-name-hint"/>
            <p class="field-hint" id="user-name-domain">{i18n.msg("customer-user-name-domain")} " " <strong>{suffix}</strong></p>
            <FormField field=location autocomplete="off" hint="customer-usage-location-hint"/>
            <div class="actions">
                <SubmitButton form=form label="customer-add-user-submit" busy="form-saving"/>
                <button type="button" class="button button-secondary" on:click=move |_| on_cancel.run(())>
                    {i18n.msg("customer-cancel")}
                </button>
            </div>
        </form>
    }
}
