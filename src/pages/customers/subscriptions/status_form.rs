use leptos::prelude::*;

use super::details::{Shared, section_error};
use super::rules;
use crate::api;
use crate::components::ConfirmDialog;
use crate::components::SubmitButton;
use crate::form::Form;
use crate::i18n::use_i18n;
use crate::model::customers::{Subscription, SubscriptionStatus};

/// **Status**: Active / Suspended › Submit. The change is confirmed first in a modal: suspending
/// states what it costs in this cloud (the data deleted after 60 days in China; 90, up to 120, in
/// the global cloud), reactivating asks without a warning.
#[component]
pub fn StatusForm(form: Form, shared: Shared, wait: RwSignal<Option<u32>>) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let base = shared.base;
    let choice = RwSignal::new(rules::radio_value(base.with_untracked(|b| b.status)).to_string());
    // A new version (saved, or someone else's) shows its own status.
    Effect::new(move |_| choice.set(rules::radio_value(base.with(|b| b.status)).to_string()));
    let saved = RwSignal::new(None::<SubscriptionStatus>);
    let unchanged = RwSignal::new(false);
    let confirm = RwSignal::new(false);
    let part = form.part(&[]);
    let hook_shared = shared.clone();
    let part = part.on_error(move |e| {
        saved.set(None);
        section_error(part, &hook_shared, wait, e)
    });
    let target = move || rules::from_radio(&choice.get_untracked());
    let send = {
        let shared = shared.clone();
        Callback::new(move |_| {
            let shared = shared.clone();
            part.submit(
                move |ids| {
                    let client = shared.client.clone();
                    let (customer, id, etag) = shared.target();
                    let change = rules::status_patch(target());
                    let request = ids.get("status");
                    async move { api::subscriptions::update(&client, &customer, &id, &change, &etag, &request).await }
                },
                move |s: Subscription| {
                    saved.set(Some(s.status));
                    base.set(s);
                    wait.set(None);
                },
            )
        })
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(None);
        if part.pending().get_untracked() {
            return;
        }
        let same = base.with_untracked(|b| rules::radio_value(b.status) == choice.get_untracked());
        unchanged.set(same);
        if !same {
            confirm.set(true);
        }
    };
    let question = move |n: usize| {
        Signal::derive(move || {
            let (title, text, button) = rules::status_confirmation(cloud, rules::from_radio(&choice.get()));
            i18n.t([title, text, button][n])
        })
    };
    let radio = move |value: &'static str, label: &'static str| {
        let id = if value == "active" { "sbStatusActive" } else { "sbStatusSuspended" };
        view! {
            <div class="choice">
                <input
                    type="radio"
                    name="status"
                    id=id
                    value=value
                    prop:checked=move || choice.get() == value
                    on:change=move |_| {
                        choice.set(value.to_string());
                        unchanged.set(false);
                    }
                />
                <label for=id>{i18n.msg(label)}</label>
            </div>
        }
    };
    view! {
        <section class="card" aria-labelledby="sbStatusTitle">
            <h2 id="sbStatusTitle">{i18n.msg("subscription-status")}</h2>
            {move || saved.get().map(|s| view! {
                <p class="notice notice-success" role="status">
                    {i18n.t(if s == SubscriptionStatus::Suspended { "subscription-suspended-saved" } else { "subscription-reactivated-saved" })}
                </p>
            })}
            <form novalidate on:submit=on_submit aria-busy=move || part.pending().get().then_some("true")>
                <fieldset class="field">
                    <legend class="visually-hidden">{i18n.msg("subscription-status")}</legend>
                    {radio("active", "subscription-status-active")}
                    {radio("suspended", "subscription-status-suspended")}
                </fieldset>
                <p class="field-hint">{i18n.msg("subscription-suspend-effect")} " " {i18n.msg_cloud("subscription-suspend-consequence")}</p>
                <Show when=move || unchanged.get()>
                    <p role="status">{i18n.msg("subscription-status-unchanged")}</p>
                </Show>
                <SubmitButton form=part label="subscription-submit"/>
            </form>
            <ConfirmDialog
                open=confirm
                id="sbStatusDialog"
                title=question(0)
                text=question(1)
                confirm=question(2)
                cancel=i18n.msg("subscription-cancel")
                on_confirm=send
            />
        </section>
    }
}
