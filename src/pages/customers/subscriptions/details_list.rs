use leptos::prelude::*;

use super::{intl, rules};
use crate::i18n::use_i18n;
use crate::locale::Cloud;
use crate::model::catalog::BillingType;
use crate::model::customers::Subscription;

/// The subscription as it is now: offer, nickname, ID, quantity, status, billing type, dates
/// (the UI language's, through Intl), auto-renew, and the reseller's MPN ID when there is one.
/// Server text is shown as text. `upgrade` is the "Upgrade now" note: in China under the
/// subscription ID, as the docs place it; in the global cloud after the offer's name.
#[component]
pub fn DetailsList(base: RwSignal<Subscription>, #[prop(into)] upgrade: Signal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let get = move |f: fn(&Subscription) -> String| move || base.with(f);
    let day = move |f: fn(&Subscription) -> Option<String>| {
        move || base.with(|b| f(b).filter(|d| !d.is_empty()).map(|d| intl::day(i18n.locale(), &d)).unwrap_or_default())
    };
    let note = move |here: Cloud| {
        move || {
            (upgrade.get() && cloud == here).then(|| {
                view! {
                    <p class="notice">
                        {i18n.msg("subscription-upgrade-note")} " "
                        <a href="#sbUpgrade">{i18n.msg("subscription-upgrade-now")}</a>
                    </p>
                }
            })
        }
    };
    view! {
        <dl class="details">
            <dt>{i18n.msg("subscription-offer")}</dt>
            <dd>{get(|b| b.offer_name.clone())} {note(Cloud::Global)}</dd>
            <dt>{i18n.msg("subscription-nickname")}</dt>
            <dd data-field="friendlyName">{get(|b| b.friendly_name.clone())}</dd>
            <dt>{i18n.msg("subscription-id")}</dt>
            <dd><span class="mono">{get(|b| b.id.clone())}</span> {note(Cloud::China)}</dd>
            <dt>{i18n.msg("subscription-quantity")}</dt>
            <dd data-field="quantity">{move || base.with(|b| intl::count(i18n.locale(), b.quantity))}</dd>
            <dt>{i18n.msg("subscription-status")}</dt>
            <dd data-field="status">{move || i18n.t(rules::status_label(base.with(|b| b.status)))}</dd>
            <dt>{i18n.msg("subscription-billing-type")}</dt>
            <dd>{move || i18n.t(billing_label(base.with(|b| b.billing_type)))}</dd>
            <dt>{i18n.msg("subscription-created")}</dt>
            <dd>{day(|b| b.creation_date.clone())}</dd>
            <dt>{i18n.msg("subscription-start-date")}</dt>
            <dd>{day(|b| b.effective_start_date.clone())}</dd>
            <dt>{i18n.msg("subscription-end-date")}</dt>
            <dd>{day(|b| b.commitment_end_date.clone())}</dd>
            <dt>{i18n.msg("subscription-auto-renew")}</dt>
            <dd>{move || i18n.t(if base.with(|b| b.auto_renew_enabled) { "subscription-on" } else { "subscription-off" })}</dd>
            {move || base.with(|b| b.partner_id.clone()).filter(|p| !p.trim().is_empty()).map(|mpn| view! {
                <dt>{i18n.msg("subscription-reseller-mpn")}</dt>
                <dd>{mpn}</dd>
            })}
        </dl>
    }
}

fn billing_label(b: BillingType) -> &'static str {
    match b {
        BillingType::License => "subscription-billing-license",
        BillingType::Usage => "subscription-billing-usage",
        _ => "subscription-billing-none",
    }
}
