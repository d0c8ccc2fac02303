use leptos::prelude::*;

use super::details_list::DetailsList;
use super::draft::{DETAIL_KEY, DetailDraft, detail_for};
use super::nickname_form::NicknameForm;
use super::quantity_form::QuantityForm;
use super::rules::{self, Access};
use super::status_form::StatusForm;
use super::upgrade_section::UpgradeSection;
use super::{explain, quantity};
use crate::api::{self, ApiError, Client};
use crate::capability::{Capability, can};
use crate::components::{ErrorSummary, PageHeading, UnsavedGuard};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule};
use crate::i18n::use_i18n;
use crate::model::catalog::market;
use crate::model::customers::{Customer, Subscription};
use crate::page_task::PageTasks;
use crate::session::use_session;
use crate::storage;
use crate::validate::Problem as RuleProblem;

/// A subscription's page once read: its details, then the docs' sections (Quantity, Subscription
/// nickname, Status), each with its own Submit and its own request id, all under `If-Match` with
/// the ETag of the version shown. What is typed is a draft until it is submitted.
#[component]
pub fn SubscriptionDetails(customer: Customer, sub: Subscription) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let session = use_session();
    let cloud = i18n.cloud();
    let roles = session.with(|s| s.as_ref().map(|s| s.user.roles.clone()).unwrap_or_default());
    let may_manage = can(cloud, &roles, Capability::ManageSubscriptions);
    let customer_id = customer.id.clone();
    let customer_name = customer.display_name();
    let d = detail_for(storage::load::<DetailDraft>(DETAIL_KEY), &sub.id);
    let base = RwSignal::new(sub.clone());
    let access = Signal::derive(move || rules::access(may_manage, base.with(|b| b.status)));

    // The offer's range of licenses, from the catalog; until it is in (or if it can't be read)
    // the server alone judges the number.
    let limits = RwSignal::new(None::<(i64, i64)>);
    let page = PageTasks::here();
    {
        let (c, offer_id) = (client.clone(), sub.offer_id.clone());
        page.spawn(async move {
            if let Ok(offers) = api::catalog::offers(&c, market(cloud)).await
                && let Some(o) = crate::pages::customers::offers::find(&offers, &offer_id)
            {
                limits.set(Some(quantity::range(o.minimum_quantity, o.maximum_quantity)));
            }
        });
    }

    let amount = Field::new(
        "quantity",
        "subscription-quantity",
        Rule::Text { max: 20 },
        d.quantity.clone().unwrap_or_else(|| sub.quantity.to_string()),
    )
    .worded(quantity_wording)
    .with_check(move |v| {
        let (min, max) = limits.get_untracked().unwrap_or((1, i64::MAX));
        quantity::check(v, min, max)
    });
    let nickname = Field::new(
        "friendlyName",
        "subscription-nickname",
        Rule::Optional { max: rules::NICKNAME_MAX },
        d.nickname.clone().unwrap_or_else(|| sub.friendly_name.clone()),
    );

    let quantity_dirty = Signal::derive(move || base.with(|b| amount.value.with(|v| rules::quantity_changed(b, v))));
    let nickname_dirty = Signal::derive(move || base.with(|b| nickname.value.with(|v| rules::nickname_changed(b, v))));
    let dirty = Signal::derive(move || may_manage && (quantity_dirty.get() || nickname_dirty.get()));
    let id = sub.id.clone();
    Effect::new(move |_| {
        let draft = DetailDraft {
            subscription: id.clone(),
            quantity: quantity_dirty.get().then(|| amount.value.get()),
            nickname: nickname_dirty.get().then(|| nickname.value.get()),
            ..DetailDraft::default()
        };
        if draft.quantity.is_none() && draft.nickname.is_none() {
            storage::clear(DETAIL_KEY);
        } else {
            storage::save(DETAIL_KEY, &draft);
        }
    });

    let target = Field::new("targetOffer.id", "subscription-upgrade-target", Rule::Text { max: 200 }, String::new())
        .worded(|_| "subscription-upgrade-error-choose");
    let upgrade_amount =
        Field::new("upgradeQuantity", "subscription-quantity-label", Rule::Text { max: 20 }, String::new())
            .worded(quantity_wording)
            .with_check(move |v| quantity::check(v, 1, i64::MAX));
    let note = RwSignal::new(false);

    // One form, one summary: each section is a part with its own button, fields and request id.
    let form = Form::new(&[amount, nickname, target, upgrade_amount]);
    let wait = RwSignal::new(None::<u32>);
    let shared = Shared { base, customer: StoredValue::new(customer_id.clone()), page, client: client.clone() };

    let upgrade_shared = shared.clone();
    view! {
        <PageHeading text=i18n.msg("subscription-title") caption=Signal::stored(customer_name)/>
        <UnsavedGuard dirty/>
        <DetailsList base upgrade=note/>
        {move || match access.get() {
            Access::ReadOnlyRole => Some(view! { <p class="notice">{i18n.msg("subscription-read-only-role")}</p> }.into_any()),
            Access::ReadOnlyStatus => Some(view! { <p class="notice">{i18n.msg("subscription-read-only-status")}</p> }.into_any()),
            _ => None,
        }}
        <Show when=move || may_manage && matches!(access.get(), Access::Active | Access::Suspended)>
            <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
            {move || wait.get().map(|s| view! {
                <p class="notice" role="status">{i18n.t_with("subscription-wait", "seconds", s)}</p>
            })}
            <QuantityForm form shared=shared.clone() field=amount access wait/>
            <NicknameForm form shared=shared.clone() field=nickname wait/>
            <StatusForm form shared=shared.clone() wait/>
        </Show>
        <UpgradeSection form shared=upgrade_shared target amount=upgrade_amount may_manage note wait/>
    }
}

fn quantity_wording(p: RuleProblem) -> &'static str {
    match p {
        RuleProblem::Required => "subscription-error-quantity-required",
        _ => "subscription-error-quantity-number",
    }
}

/// What the sections share: the version shown (whose ETag they send), and how to read it again.
#[derive(Clone)]
pub struct Shared {
    pub base: RwSignal<Subscription>,
    pub customer: StoredValue<String>,
    pub page: PageTasks,
    pub client: Client,
}

impl Shared {
    /// The customer's id, the subscription's id and the ETag of the version shown.
    pub fn target(&self) -> (String, String, String) {
        let (id, etag) =
            self.base.with_untracked(|b| (b.id.clone(), b.attributes.etag.clone().unwrap_or_else(|| "*".into())));
        (self.customer.get_value(), id, etag)
    }

    /// Reads the subscription again (someone else changed it), then hands it to `then` before it
    /// becomes the version shown. A read that answers after the version shown has changed (a
    /// save succeeded meanwhile) is dropped: it may predate that save, and showing it would undo
    /// the save on screen and make the next change fail on a stale If-Match.
    pub fn reload(&self, then: impl FnOnce(&Subscription) + 'static) {
        let (client, base) = (self.client.clone(), self.base);
        let (customer, id, etag) = self.target();
        self.page.spawn(async move {
            if let Ok(s) = api::subscriptions::get(&client, &customer, &id).await {
                let current = base.with_untracked(|b| b.attributes.etag.clone().unwrap_or_else(|| "*".into()));
                if current != etag {
                    return;
                }
                then(&s);
                base.set(s);
            }
        });
    }
}

/// The refusals every section explains the same way; `wait` gets a 429's Retry-After.
pub fn section_error(form: Form, shared: &Shared, wait: RwSignal<Option<u32>>, e: &ApiError) -> Handled {
    wait.set(match e {
        ApiError::Status { status: 429 | 503, retry_after_secs: Some(s), .. } => Some(*s),
        _ => None,
    });
    if e.needs_sign_in() {
        return Handled::No;
    }
    if e.status() == Some(412) || e.body().is_some_and(|b| b.code.is("subscription_suspended")) {
        // The version shown is not the current one: show the current one.
        shared.reload(|_| {});
    }
    match explain::message_id(e) {
        Some(id) => {
            form.show_problem(Problem::Message(id));
            Handled::Yes
        }
        None => Handled::No,
    }
}
