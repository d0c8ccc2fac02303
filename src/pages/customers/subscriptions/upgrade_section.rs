use leptos::prelude::*;

use super::details::Shared;
use super::upgrade_form::UpgradeForm;
use crate::api::{self, ApiError};
use crate::form::{Field, Form};
use crate::i18n::use_i18n;
use crate::model::upgrades::Upgrade;

/// Reads the subscription's upgrade paths and shows the Upgrade section when there are any;
/// `note` tells the details whether to show "Upgrade now". A failed read says so with Try again
/// (left silent, a partner could not tell "no upgrade path" from "the read failed"), while the
/// rest of the page, which does not depend on it, stays usable.
#[component]
pub fn UpgradeSection(
    form: Form,
    shared: Shared,
    target: Field,
    amount: Field,
    may_manage: bool,
    note: RwSignal<bool>,
    wait: RwSignal<Option<u32>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let upgrades = RwSignal::new(Vec::<Upgrade>::new());
    let failed = RwSignal::new(None::<ApiError>);
    let base = shared.base;
    let read = {
        let shared = shared.clone();
        move || {
            let (client, page) = (shared.client.clone(), shared.page);
            let (customer, id, _) = shared.target();
            failed.set(None);
            page.spawn(async move {
                match api::upgrades::list(&client, &customer, &id).await {
                    Ok(list) => upgrades.set(list),
                    Err(e) => failed.set(Some(e)),
                }
            });
        }
    };
    read();
    Effect::new(move |_| {
        let open = super::upgrade_rules::offer_upgrade(may_manage, base.with(|b| b.status), &upgrades.get());
        note.set(open);
    });
    let retry = {
        let read = read.clone();
        move |_| read()
    };
    let refresh = {
        let shared = shared.clone();
        Callback::new(move |_| {
            shared.reload(|_| {});
            read();
        })
    };
    view! {
        {move || failed.get().map(|e| view! {
            <section class="card" aria-labelledby="sbUpgradeFailedTitle">
                <h2 id="sbUpgradeFailedTitle">{i18n.msg("subscription-upgrade-title")}</h2>
                <p class="notice notice-error" role="alert">
                    {i18n.msg("subscription-upgrade-read-failed")} " " {i18n.msg(e.message_id())}
                </p>
                <button type="button" class="button" on:click=retry.clone()>{i18n.msg("error-retry")}</button>
            </section>
        })}
        <Show when=move || upgrades.with(|u| !u.is_empty())>
            <UpgradeForm form shared=shared.clone() target amount upgrades may_manage refresh wait/>
        </Show>
    }
}
