use leptos::prelude::*;

use super::user_add::UserAdd;
use super::user_row::UserRow;
use crate::api::{self, Client};
use crate::capability::{Capability, can};
use crate::components::Loaded;
use crate::form::Load;
use crate::i18n::use_i18n;
use crate::model::customer_users::CustomerUser;
use crate::model::customers::Customer;
use crate::session::use_session;

/// Users and licenses (global cloud only, GL17/assign-licenses-to-users): the customer's users,
/// **Add user**, and per user **Manage licenses** and **Delete user account**. For global
/// admins and admin agents; others are told why it is not theirs.
#[component]
pub fn UsersTab(customer: Customer) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let session = use_session();
    let may = session.get_untracked().is_some_and(|s| can(cloud, &s.user.roles, Capability::ManageCustomerUsers));
    if !may {
        return view! {
            <div id="panel-users">
                <h2>{i18n.msg("customer-tab-users")}</h2>
                <p class="notice" id="note-users-not-allowed">{i18n.msg("customer-users-not-allowed")}</p>
            </div>
        }
        .into_any();
    }
    let client = expect_context::<Client>();
    let id = StoredValue::new(customer.id.clone());
    let domain = customer.company_profile.domain.clone();
    let country = customer.billing_profile.as_ref().map(|b| b.default_address.country.clone()).unwrap_or_default();
    let users = Load::new(move || {
        let client = client.clone();
        async move { api::customer_users::list(&client, &id.get_value()).await }
    });
    let adding = RwSignal::new(false);
    // What the last change was, announced: (message id, the user's name).
    let done = RwSignal::new(None::<(&'static str, String)>);

    let on_added = Callback::new(move |user: CustomerUser| {
        adding.set(false);
        done.set(Some(("customer-user-added", user.display_name)));
        users.retry();
    });
    let on_deleted = Callback::new(move |name: String| {
        done.set(Some(("customer-user-deleted", name)));
        users.retry();
    });
    let list = move |all: Vec<CustomerUser>| {
        if all.is_empty() {
            return view! { <p class="notice" id="no-users">{i18n.msg("customer-users-none")}</p> }.into_any();
        }
        view! {
            <ul class="link-list" id="list-customer-users">
                {all.into_iter()
                    .map(|u| view! { <UserRow customer=id.get_value() user=u on_deleted=on_deleted/> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <div id="panel-users">
            <h2>{i18n.msg("customer-tab-users")}</h2>
            <p role="status" id="status-users">
                {move || done.get().map(|(msg, name)| i18n.t_args(msg, &[("name", name)]))}
            </p>
            <Show
                when=move || adding.get()
                fallback=move || view! {
                    <div class="actions">
                        <button type="button" class="button" id="add-user" on:click=move |_| {
                            done.set(None);
                            adding.set(true);
                        }>{i18n.msg("customer-add-user")}</button>
                    </div>
                }
            >
                <UserAdd
                    customer=id.get_value()
                    domain=domain.clone()
                    country=country.clone()
                    on_added=on_added
                    on_cancel=Callback::new(move |_| adding.set(false))
                />
            </Show>
            <Loaded state=users.state() retry=Callback::new(move |_| users.retry()) children=list/>
        </div>
    }
    .into_any()
}
