use std::collections::BTreeSet;

use leptos::prelude::*;

use super::licenses::{Product, key, products, update};
use crate::api::{self, Client};
use crate::components::Loaded;
use crate::form::submit::{Handled, Problem};
use crate::form::{Form, Load, request_error_message};
use crate::i18n::use_i18n;
use crate::model::customer_users::CustomerUser;

/// A user's licences: one box per product of the customer's active licence subscriptions,
/// ticked for those the user holds; **Save** assigns and removes in one request.
#[component]
pub fn UserLicenses(customer: String, user: CustomerUser) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let (customer, user_id) = (StoredValue::new(customer), StoredValue::new(user.id.clone()));
    let load = {
        let client = client.clone();
        Load::new(move || {
            let client = client.clone();
            async move {
                let held = api::customer_users::licenses(&client, &customer.get_value(), &user_id.get_value()).await?;
                let subs = api::subscriptions::list(&client, &customer.get_value()).await?;
                Ok(products(&subs, &held))
            }
        })
    };
    let chosen = RwSignal::new(BTreeSet::<String>::new());
    let shown = RwSignal::new(Vec::<Product>::new());
    let saved = RwSignal::new(None::<&'static str>);
    Effect::new(move |_| {
        if let crate::form::load::LoadState::Ready(p) = load.state().get() {
            chosen.set(p.iter().filter(|p| p.held).map(|p| key(&p.id)).collect());
            shown.set(p);
        }
    });

    let form = Form::new(&[]);
    let form = form.on_error(move |e| match e.status() {
        Some(409) => {
            form.show_problem(Problem::Message("customer-licenses-none-free"));
            Handled::Yes
        }
        Some(400) => {
            form.show_problem(Problem::Message("customer-licenses-invalid"));
            load.retry();
            Handled::Yes
        }
        _ => Handled::No,
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        let Some(req) = shown.with_untracked(|p| chosen.with_untracked(|c| update(p, c))) else {
            saved.set(Some("customer-licenses-unchanged"));
            return;
        };
        let client = client.clone();
        form.submit(
            move |ids| async move {
                api::customer_users::update_licenses(
                    &client,
                    &customer.get_value(),
                    &user_id.get_value(),
                    &req,
                    &ids.main(),
                )
                .await
            },
            move |_| {
                saved.set(Some("customer-licenses-saved"));
                load.retry();
            },
        );
    };
    let user_name = StoredValue::new(user.display_name.clone());
    let boxes = move |_: Vec<Product>| {
        view! {
            <form novalidate on:submit=save.clone() aria-busy=move || form.pending().get().then_some("true")>
                <fieldset>
                    <legend>{move || i18n.t_args("customer-licenses-legend", &[("name", user_name.get_value())])}</legend>
                    {move || {
                        let all = shown.get();
                        if all.is_empty() {
                            return view! { <p class="notice">{i18n.msg("customer-licenses-no-products")}</p> }.into_any();
                        }
                        all.into_iter()
                            .map(|p| {
                                let k = key(&p.id);
                                let k2 = k.clone();
                                let box_id = format!("license-{}-{}", user_id.get_value(), k.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect::<String>());
                                let disabled = !p.assignable && !p.held;
                                view! {
                                    <div class="checkbox">
                                        <input
                                            type="checkbox"
                                            id=box_id.clone()
                                            disabled=disabled
                                            prop:checked=move || chosen.with(|c| c.contains(&k))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                chosen.update(|c| {
                                                    if on { c.insert(k2.clone()); } else { c.remove(&k2); }
                                                });
                                            }
                                        />
                                        <label for=box_id>{p.name.clone()}</label>
                                    </div>
                                }
                            })
                            .collect_view()
                            .into_any()
                    }}
                </fieldset>
                {move || form.problem().get().map(|p| {
                    let text = match p {
                        Problem::Request(e) => request_error_message(i18n, &e),
                        Problem::Message(id) => i18n.t(id),
                    };
                    view! { <p class="notice notice-error" role="alert">{text}</p> }
                })}
                <p role="status">{move || saved.get().map(|id| i18n.t(id))}</p>
                <div class="actions">
                    <button type="submit" class="button" aria-disabled=move || form.pending().get().then_some("true")>
                        {move || i18n.t(if form.pending().get() { "form-saving" } else { "customer-licenses-save" })}
                    </button>
                </div>
            </form>
        }
    };
    view! {
        <div class="card">
            <Loaded state=load.state() retry=Callback::new(move |_| load.retry()) children=boxes/>
        </div>
    }
}
