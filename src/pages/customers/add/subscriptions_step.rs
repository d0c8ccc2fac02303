use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;

use super::draft::Chosen;
use super::offer_row::OfferRow;
use super::request::{quantity_input_id, subscription_problems};
use super::state::Wizard;
use super::steps::Step;
use crate::api::{self, Client};
use crate::components::{ErrorSummary, Loaded, SummaryItem};
use crate::form::Load;
use crate::i18n::use_i18n;
use crate::model::catalog::{Offer, market, offer_matches};
use crate::pages::customers::offers;

/// Subscriptions: the offers of the partner's catalog (pinned first, then by rank), searchable,
/// each chosen with its license count. Choosing none is fine: a customer can be added first and
/// buy later.
#[component]
pub fn SubscriptionsStep(w: Wizard) -> impl IntoView {
    let i18n = use_i18n();
    let client = expect_context::<Client>();
    let country = market(w.cloud);
    let data = Load::new(move || {
        let c = client.clone();
        async move {
            let (offers, pins) = futures::join!(api::catalog::offers(&c, country), api::catalog::pinned(&c));
            // The pinned list only orders the catalog: without it the offers still show.
            let pinned: Vec<String> =
                pins.map(|p| p.items.into_iter().map(|p| p.offer_id).collect()).unwrap_or_default();
            Ok::<Vec<Offer>, _>(offers::choices(&offers?, &pinned, ""))
        }
    });
    let search = RwSignal::new(String::new());
    let show_errors = RwSignal::new(w.step_failures.get_untracked() > 0);
    let navigate = use_navigate();
    let nav = navigate.clone();
    let on_next = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if subscription_problems(&w.draft_untracked()).is_empty() {
            w.step_failures.set(0);
            nav(&Step::Review.href(), NavigateOptions::default());
        } else {
            show_errors.set(true);
            w.step_failures.update(|n| *n += 1);
        }
    };
    let summary = Signal::derive(move || {
        let offers = w.offers.get();
        offers
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let id = super::request::quantity(c).err()?;
                let message = i18n.t_args(
                    id,
                    &[
                        ("offer", c.name.clone()),
                        ("min", super::request::range(c).0.to_string()),
                        ("max", super::request::range(c).1.to_string()),
                    ],
                );
                Some(SummaryItem { field: Some(intern(quantity_input_id(i, &c.offer_id))), message })
            })
            .collect::<Vec<_>>()
    });
    let chosen_count = move || w.offers.with(Vec::len);
    let list = move |offers: Vec<Offer>| {
        let offers = StoredValue::new(offers);
        let rows = move || {
            let s = search.get();
            let chosen = w.offers.get();
            // Chosen offers stay in view whatever the search, even one the catalog
            // no longer has (from a restored draft).
            let mut rows: Vec<(Chosen, String)> = chosen
                .iter()
                .filter(|c| offers.with_value(|o| !o.iter().any(|o| o.id == c.offer_id)))
                .map(|c| (c.clone(), String::new()))
                .collect();
            offers.with_value(|all| {
                for o in all {
                    if chosen.iter().any(|c| c.offer_id == o.id) || offer_matches(o, &s, "") {
                        let c = Chosen {
                            offer_id: o.id.clone(),
                            name: o.name.clone(),
                            minimum: o.minimum_quantity,
                            maximum: o.maximum_quantity,
                            quantity: String::new(),
                        };
                        rows.push((c, o.description.clone()));
                    }
                }
            });
            rows
        };
        view! {
            <Show when=move || !rows().is_empty() fallback=move || view! { <p class="muted">{i18n.msg("customers-add-offers-none")}</p> }>
                <ul class="link-list">
                    <For each=rows key=|(c, _)| c.offer_id.clone() let((offer, description))>
                        <OfferRow w offer description show_errors/>
                    </For>
                </ul>
            </Show>
        }
    };

    view! {
        <ErrorSummary items=summary focus=w.step_failures/>
        <p>{i18n.msg("customers-add-subscriptions-intro")}</p>
        <form novalidate on:submit=on_next>
            <div class="field">
                <label for="offer-search">{i18n.msg("customers-add-offer-search")}</label>
                <input
                    id="offer-search"
                    type="search"
                    autocomplete="off"
                    prop:value=move || search.get()
                    on:input=move |ev| search.set(event_target_value(&ev))
                />
            </div>
            <p role="status" class="muted">
                {move || i18n.t_args("customers-add-offers-chosen", &[("count", chosen_count().to_string())])}
            </p>
            <Loaded state=data.state() retry=Callback::new(move |_| data.retry()) children=list/>
            <div class="actions">
                <button type="button" class="button button-secondary" on:click=move |_| navigate(&Step::Account.href(), NavigateOptions::default())>
                    {i18n.msg("customers-add-back")}
                </button>
                <button type="submit" class="button">{i18n.msg("customers-add-next-review")}</button>
            </div>
        </form>
    }
}

thread_local! {
    static IDS: RefCell<HashMap<String, &'static str>> = RefCell::new(HashMap::new());
}

/// The error summary links to fields by `&'static str` ids; an offer's id is the server's,
/// so each distinct one is kept for the life of the app (a catalog's worth at most).
fn intern(id: String) -> &'static str {
    IDS.with(|m| *m.borrow_mut().entry(id.clone()).or_insert_with(|| Box::leak(id.into_boxed_str())))
}
