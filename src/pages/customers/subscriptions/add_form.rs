use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::draft::{ADD_KEY, AddDraft, add_for};
use super::offer_picker::OfferPicker;
use super::{explain, quantity};
use crate::api::{self, ApiError, Client};
use crate::components::{ErrorSummary, FormField, SubmitButton, TextField, UnsavedGuard};
use crate::form::submit::{Handled, Problem};
use crate::form::{Field, Form, Rule, apply_server_errors};
use crate::i18n::use_i18n;
use crate::model::catalog::Offer;
use crate::model::customers::{NewSubscription, Subscription};
use crate::pages::customers::links;
use crate::pages::customers::offers;
use crate::storage;
use crate::validate::Problem as RuleProblem;

/// The order: an offer, the licenses within its range, an optional nickname, Submit. One
/// request id for the order, kept across retries, so a double click or a retry after a timeout
/// buys one subscription; the typing is a sessionStorage draft until it is bought.
#[component]
pub fn AddForm(offers: Vec<Offer>, pinned: Vec<String>, customer: String) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let navigate = use_navigate();
    let d = add_for(storage::load::<AddDraft>(ADD_KEY), &customer);
    let catalog = StoredValue::new(offers);
    let search = RwSignal::new(d.search.clone());
    let offer = Field::new("offerId", "subscription-offer", Rule::Text { max: 200 }, d.offer.clone())
        .worded(|_| "subscription-error-offer-required");
    // The chosen offer's range (1 and more until one is chosen).
    let limits = move || {
        let id = offer.value.get_untracked();
        catalog
            .with_value(|all| offers::find(all, &id).map(|o| quantity::range(o.minimum_quantity, o.maximum_quantity)))
    };
    let amount = Field::new("quantity", "subscription-quantity", Rule::Text { max: 20 }, d.quantity.clone())
        .worded(quantity_wording)
        .with_check(move |v| {
            let (min, max) = limits().unwrap_or((1, i64::MAX));
            quantity::check(v, min, max)
        })
        .depends_on(&[offer]);
    let nickname = Field::new(
        "friendlyName",
        "subscription-nickname",
        Rule::Optional { max: super::rules::NICKNAME_MAX },
        d.nickname,
    );
    let bought = RwSignal::new(false);

    let key = customer.clone();
    Effect::new(move |_| {
        let draft = AddDraft {
            customer: key.clone(),
            offer: offer.value.get(),
            quantity: amount.value.get(),
            nickname: nickname.value.get(),
            search: search.get(),
        };
        if !bought.get() {
            storage::save(ADD_KEY, &draft);
        }
    });
    let dirty = Signal::derive(move || {
        !bought.get()
            && (!offer.value.with(String::is_empty)
                || !amount.value.with(|v| v.trim().is_empty())
                || !nickname.value.with(|v| v.trim().is_empty()))
    });
    // Choosing an offer judges the licenses again against its range, once they were typed.
    Effect::new(move |first: Option<()>| {
        offer.value.track();
        if first.is_some() {
            offer.error.set(None);
            offer.blur();
        }
    });

    let form = Form::new(&[offer, amount, nickname]);
    let form = form.on_error(move |e| on_error(form, [offer, amount, nickname], e));
    let cid = customer.clone();
    let on_submit = form.on_submit(
        move |ids| {
            let client = client.clone();
            let customer = cid.clone();
            let nick = nickname.trimmed();
            let req = NewSubscription {
                offer_id: offer.value.get_untracked(),
                quantity: quantity::parse(&amount.value.get_untracked()).unwrap_or_default(),
                friendly_name: (!nick.is_empty()).then_some(nick),
            };
            async move { api::subscriptions::create(&client, &customer, &req, &ids.main()).await }
        },
        move |s: Subscription| {
            bought.set(true);
            storage::clear(ADD_KEY);
            navigate(&links::subscription(&customer, &s.id), Default::default());
        },
    );
    let hint = Signal::derive(move || {
        offer.value.track();
        match limits() {
            Some((min, max)) => i18n.t_args(
                "subscription-quantity-range",
                &[("min", super::intl::count(i18n.locale(), min)), ("max", super::intl::count(i18n.locale(), max))],
            ),
            None => i18n.t("subscription-quantity-choose-offer"),
        }
    });

    view! {
        <UnsavedGuard dirty/>
        <p>{i18n.msg("subscription-add-intro")}</p>
        <ErrorSummary items=form.summary(i18n) focus=form.failures()/>
        <form novalidate on:submit=on_submit aria-busy=move || form.pending().get().then_some("true")>
            <OfferPicker offers=catalog pinned=StoredValue::new(pinned) field=offer search/>
            <TextField
                id=amount.id
                label=i18n.msg(amount.label)
                hint=Some(hint)
                value=amount.value
                error=amount.message(i18n)
                input_type="text"
                autocomplete=Some("off")
                required=true
                on_blur=Callback::new(move |_| amount.blur())
            />
            <FormField field=nickname optional=true hint="subscription-nickname-hint" autocomplete="off"/>
            <SubmitButton form=form label="subscription-submit" busy="subscription-buying"/>
        </form>
    }
}

fn quantity_wording(p: RuleProblem) -> &'static str {
    match p {
        RuleProblem::Required => "subscription-error-quantity-required",
        _ => "subscription-error-quantity-number",
    }
}

/// The server's refusals in this page's words, on the fields they concern.
fn on_error(form: Form, [offer, amount, nickname]: [Field; 3], e: &ApiError) -> Handled {
    let errors = e.field_errors();
    if matches!(e.status(), Some(400 | 422)) && !errors.is_empty() {
        for f in &errors {
            match (f.field.as_str(), f.code.as_str()) {
                ("quantity", "out_of_range") => amount.set_server_message("subscription-error-quantity-range"),
                ("offerId", _) => offer.set_server_message("subscription-error-offer-unavailable"),
                _ => {}
            }
        }
        let rest: Vec<_> = errors.into_iter().filter(|f| f.field != "quantity" && f.field != "offerId").collect();
        let rest = apply_server_errors(&[nickname], &rest);
        if !rest.is_empty() {
            form.show_problem(Problem::Request(e.clone()));
        }
        return Handled::Yes;
    }
    if e.body().is_some_and(|b| b.code.is("prerequisite_missing")) {
        offer.set_server_message("subscription-error-prerequisite");
        return Handled::Yes;
    }
    if e.status() == Some(404) {
        form.show_problem(Problem::Message("subscription-error-customer-gone"));
        return Handled::Yes;
    }
    match explain::message_id(e) {
        Some(id) if !e.needs_sign_in() => {
            form.show_problem(Problem::Message(id));
            Handled::Yes
        }
        _ => Handled::No,
    }
}
