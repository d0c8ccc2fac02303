use leptos::prelude::*;

use super::user_licenses::UserLicenses;
use crate::api::{self, Client};
use crate::form::request_error_message;
use crate::i18n::use_i18n;
use crate::model::customer_users::CustomerUser;
use crate::page_task::PageTasks;

/// One of the customer's users: name, user name and state; **Manage licenses** opens the user's
/// licences below; **Delete user account** asks first, naming the user.
#[component]
pub fn UserRow(customer: String, user: CustomerUser, on_deleted: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let tasks = PageTasks::here();
    let licenses_open = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let name =
        if user.display_name.trim().is_empty() { user.user_principal_name.clone() } else { user.display_name.clone() };
    let row_id =
        format!("user-{}", user.id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>());
    let panel_id = format!("{row_id}-licenses");
    let confirm_id = format!("{row_id}-confirm");
    let state = if user.state.eq_ignore_ascii_case("active") {
        "customer-user-state-active"
    } else if user.state.eq_ignore_ascii_case("inactive") {
        "customer-user-state-inactive"
    } else {
        "customer-user-state-other"
    };
    let (customer, user_id) = (StoredValue::new(customer), StoredValue::new(user.id.clone()));
    let name_sv = StoredValue::new(name.clone());
    let upn = user.user_principal_name.clone();
    let user = StoredValue::new(user);
    let delete = move |_| {
        if deleting.get_untracked() {
            return;
        }
        deleting.set(true);
        failed.set(None);
        let client = client.clone();
        tasks.spawn(async move {
            let result = api::customer_users::delete(&client, &customer.get_value(), &user_id.get_value()).await;
            deleting.set(false);
            match result {
                // Already gone is what the partner wanted.
                Ok(()) => on_deleted.run(name_sv.get_value()),
                Err(e) if e.status() == Some(404) => on_deleted.run(name_sv.get_value()),
                Err(e) if e.needs_sign_in() => crate::session::sign_in_again(
                    &leptos_router::hooks::use_navigate(),
                    &crate::session::current_address(),
                ),
                Err(e) => failed.set(Some(request_error_message(i18n, &e))),
            }
        });
    };
    let focus_confirm = {
        let confirm_id = confirm_id.clone();
        move || {
            let id = confirm_id.clone();
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id)
                    && let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el)
                {
                    let _ = el.focus();
                }
            });
        }
    };
    view! {
        <li id=row_id.clone() data-user=upn.clone()>
            <strong>{name.clone()}</strong>
            <p>{upn.clone()}</p>
            <p class="muted">
                <span class="visually-hidden">{i18n.msg("customer-user-state")} ": "</span>
                {i18n.msg(state)}
            </p>
            <div class="actions">
                <button
                    type="button"
                    class="button button-secondary"
                    aria-expanded=move || if licenses_open.get() { "true" } else { "false" }
                    aria-controls=panel_id.clone()
                    on:click=move |_| licenses_open.update(|o| *o = !*o)
                >
                    {i18n.msg("customer-manage-licenses")}
                </button>
                <button type="button" class="button button-secondary" on:click=move |_| {
                    confirming.set(true);
                    focus_confirm();
                }>
                    {i18n.msg("customer-delete-user")}
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="notice notice-warning" role="group" aria-labelledby=confirm_id.clone()>
                    <p id=confirm_id.clone() tabindex="-1">
                        {i18n.t_args("customer-delete-user-confirm", &[("name", name_sv.get_value())])}
                    </p>
                    <div class="actions">
                        <button type="button" class="button" aria-disabled=move || deleting.get().then_some("true") on:click=delete.clone()>
                            {move || i18n.t(if deleting.get() { "customer-deleting" } else { "customer-delete-user" })}
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>
                            {i18n.msg("customer-cancel")}
                        </button>
                    </div>
                    {move || failed.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                </div>
            </Show>
            <div id=panel_id.clone()>
                <Show when=move || licenses_open.get()>
                    <UserLicenses customer=customer.get_value() user=user.get_value()/>
                </Show>
            </div>
        </li>
    }
}
