use leptos::prelude::*;
use leptos_router::components::A;

use super::details::{Shared, section_error};
use super::{intl, quantity, upgrade_rules};
use crate::api::{self, ApiError};
use crate::components::{SubmitButton, TextField};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form};
use crate::i18n::use_i18n;
use crate::model::customers::SubscriptionStatus;
use crate::model::upgrades::{Upgrade, UpgradeResult};
use crate::pages::customers::links;

/// **Upgrade now**: the offers the server lists for this subscription, the rules (active only,
/// not to an offer the customer already has, delegated admin privileges), each target that can't
/// be taken with its reasons, and for one that can, the number of licenses and Submit. The
/// upgrade is one POST under one request id kept across retries: one new subscription.
#[component]
pub fn UpgradeForm(
    form: Form,
    shared: Shared,
    target: Field,
    amount: Field,
    #[prop(into)] upgrades: Signal<Vec<Upgrade>>,
    may_manage: bool,
    /// Reads the subscription and its upgrades again (after an upgrade, or a refusal that says
    /// they changed).
    refresh: Callback<()>,
    wait: RwSignal<Option<u32>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let base = shared.base;
    let done = RwSignal::new(None::<String>);
    let open =
        Signal::derive(move || upgrade_rules::offer_upgrade(may_manage, base.with(|b| b.status), &upgrades.get()));
    // The target must be one that can be taken now; the licenses within its range.
    let _ = target.with_check(move |v| {
        upgrades
            .with_untracked(|all| upgrade_rules::eligible(all, v).is_none())
            .then_some("subscription-error-upgrade-not-eligible")
    });
    let _ = amount.with_check(move |v| {
        let id = target.value.get_untracked();
        let (min, max) = upgrades
            .with_untracked(|all| {
                upgrade_rules::eligible(all, &id)
                    .map(|u| quantity::range(u.target_offer.minimum_quantity, u.target_offer.maximum_quantity))
            })
            .unwrap_or((1, i64::MAX));
        quantity::check(v, min, max)
    });
    let part = form.part(&[target, amount]);
    let hook_shared = shared.clone();
    let part = part.on_error(move |e| on_error(part, &hook_shared, [target, amount], refresh, wait, e));
    let customer = shared.customer;
    let on_submit = part.on_submit(
        {
            let shared = shared.clone();
            move |ids| {
                let client = shared.client.clone();
                let (customer, id, _) = shared.target();
                let req = upgrade_rules::request(
                    &target.value.get_untracked(),
                    quantity::parse(&amount.value.get_untracked()).unwrap_or_default(),
                );
                let request = ids.get("upgrade");
                async move { api::upgrades::create(&client, &customer, &id, &req, &request).await }
            }
        },
        move |r: UpgradeResult| {
            target.value.set(String::new());
            amount.value.set(String::new());
            wait.set(None);
            done.set(Some(r.target_subscription_id));
            refresh.run(());
        },
    );
    // Choosing a target offers its licenses (the source's count, within the target's range).
    Effect::new(move |first: Option<()>| {
        let id = target.value.get();
        if first.is_some()
            && let Some(u) = upgrades.with_untracked(|all| upgrade_rules::eligible(all, &id).cloned())
        {
            amount.value.set(u.quantity.to_string());
            done.set(None);
        }
    });
    let hint = Signal::derive(move || {
        let id = target.value.get();
        match upgrades.with(|all| {
            upgrade_rules::eligible(all, &id)
                .map(|u| (u.target_offer.minimum_quantity, u.target_offer.maximum_quantity))
        }) {
            Some((min, max)) => {
                let (min, max) = quantity::range(min, max);
                let l = i18n.locale();
                i18n.t_args(
                    "subscription-quantity-range",
                    &[("min", intl::count(l, min)), ("max", intl::count(l, max))],
                )
            }
            None => i18n.t("subscription-upgrade-choose-first"),
        }
    });
    let message = target.message(i18n);
    let row = move |(i, u): (usize, Upgrade)| {
        let id = format!("sbUpgrade{i}");
        let value = u.target_offer.id.clone();
        let reasons: Vec<&'static str> = upgrade_rules::reasons(&u);
        let name = u.target_offer.name.clone();
        let chosen = {
            let value = value.clone();
            move || target.value.with(|v| v.eq_ignore_ascii_case(&value))
        };
        let reasons_view = (!reasons.is_empty()).then(|| {
            view! {
                <ul class="field-hint">
                    {reasons.into_iter().map(|r| view! { <li>{i18n.msg(r)}</li> }).collect_view()}
                </ul>
            }
        });
        if u.is_eligible && open.get_untracked() {
            view! {
                <li class="choice">
                    <input type="radio" name="upgradeTarget" id=id.clone() value=value.clone() prop:checked=chosen
                        on:change=move |_| target.value.set(value.clone())/>
                    <label for=id>{name}</label>
                </li>
            }
            .into_any()
        } else {
            view! {
                <li class="choice">
                    <span class="choice-title">{name}</span>
                    " "
                    <span class="badge">{i18n.msg(if u.is_eligible { "subscription-upgrade-eligible" } else { "subscription-upgrade-not-available" })}</span>
                    {reasons_view}
                </li>
            }
            .into_any()
        }
    };
    view! {
        <section class="card" id="sbUpgrade" tabindex="-1" aria-labelledby="sbUpgradeTitle">
            <h2 id="sbUpgradeTitle">{i18n.msg("subscription-upgrade-title")}</h2>
            <p>{i18n.msg("subscription-upgrade-rules")}</p>
            <ul>
                <li>{i18n.msg("subscription-upgrade-rule-active")}</li>
                <li>{i18n.msg("subscription-upgrade-rule-dap")}</li>
                <li>{i18n.msg("subscription-upgrade-rule-services")}</li>
                <li>{i18n.msg("subscription-upgrade-rule-target")}</li>
            </ul>
            {move || done.get().map(|sid| view! {
                <p class="notice notice-success" role="status">
                    {i18n.msg("subscription-upgrade-done")} " "
                    <A href=links::subscription(&customer.get_value(), &sid)>{i18n.msg("subscription-upgrade-open-new")}</A>
                </p>
            })}
            <Show when=move || base.with(|b| b.status != SubscriptionStatus::Active)>
                <p>{i18n.msg("subscription-upgrade-reason-not-active")}</p>
            </Show>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <ul class="choices" role="list">{move || upgrades.get().into_iter().enumerate().map(row).collect_view()}</ul>
                }
            >
                <form novalidate on:submit=on_submit.clone() aria-busy=move || part.pending().get().then_some("true")>
                    <fieldset
                        id=target.id
                        tabindex="-1"
                        class="field"
                        class:field-invalid=move || message.with(Option::is_some)
                        aria-describedby=move || message.with(Option::is_some).then_some("sbUpgradeTargetError")
                    >
                        <legend>{i18n.msg("subscription-upgrade-target")}</legend>
                        {move || message.get().map(|m| view! {
                            <p class="field-error" id="sbUpgradeTargetError">
                                <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                                {m}
                            </p>
                        })}
                        <ul class="choices" role="list">
                            {move || upgrades.get().into_iter().enumerate().map(row).collect_view()}
                        </ul>
                    </fieldset>
                    <TextField
                        id=amount.id
                        label=i18n.msg("subscription-quantity-label")
                        hint=Some(hint)
                        value=amount.value
                        error=amount.message(i18n)
                        autocomplete=Some("off")
                        required=true
                        on_blur=Callback::new(move |_| amount.blur())
                    />
                    <SubmitButton form=part label="subscription-submit"/>
                </form>
            </Show>
        </section>
    }
}

/// The server's refusals of an upgrade, at the fields or in the docs' terms.
fn on_error(
    form: Form,
    shared: &Shared,
    [target, amount]: [Field; 2],
    refresh: Callback<()>,
    wait: RwSignal<Option<u32>>,
    e: &ApiError,
) -> Handled {
    let errors = e.field_errors();
    if matches!(e.status(), Some(400 | 422)) && !errors.is_empty() {
        for f in &errors {
            match f.field.as_str() {
                "quantity" => amount.set_server_message("subscription-upgrade-error-quantity"),
                "targetOffer.id" | "targetOffer" => {
                    target.set_server_message("subscription-error-upgrade-not-eligible")
                }
                _ => {}
            }
        }
        return Handled::Yes;
    }
    if e.status() == Some(409)
        && let Some(body) = e.body()
    {
        let id = upgrade_rules::reason_id(&body.code);
        if id != "subscription-upgrade-reason-other" {
            // The upgrades changed since they were read: read them again.
            refresh.run(());
            form.show_problem(Problem::Message(id));
            return Handled::Yes;
        }
    }
    section_error(form, shared, wait, e)
}
