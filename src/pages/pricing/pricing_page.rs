use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::intl;
use super::offer_table::OfferTable;
use super::price_list::PriceList;
use crate::api::{self, Client};
use crate::components::{FilterWords, OfferFilters};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::form::load::LoadState;
use crate::i18n::use_i18n;
use crate::model::catalog::{
    Offer, OfferCategory, PriceMonth, day_of, format_day, market, offer_matches, query_string,
};
use crate::routes::Page;

/// The filters' words, from this area's catalog.
const FILTER_WORDS: FilterWords = FilterWords {
    name: "pricing-filters",
    search: "pricing-search",
    hint: "pricing-search-hint",
    category: "pricing-category",
    all: "pricing-category-all",
};

/// `/pricing`: the offers of the partner's market with their prices, and the price list of this
/// month or the 30-day preview of the next. The search, the category and the month live in the
/// address (`q`, `category`, `month=next`), so a reload or a shared link shows the same.
#[component]
pub fn PricingPage() -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let client = expect_context::<Client>();
    let params = use_query_map();
    let search = RwSignal::new(params.with_untracked(|p| p.get("q").unwrap_or_default()));
    let category = RwSignal::new(params.with_untracked(|p| p.get("category").unwrap_or_default()));
    let month = RwSignal::new(PriceMonth::from_query(params.with_untracked(|p| p.get("month")).as_deref()));
    let navigate = use_navigate();
    let on_change = Callback::new(move |_| {
        let q = query_string(&[
            ("q", &search.get_untracked()),
            ("category", &category.get_untracked()),
            ("month", month.get_untracked().query_value()),
        ]);
        navigate(
            &format!("{}{q}", Page::Pricing.path()),
            leptos_router::NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
    });

    let country = market(cloud);
    let client2 = client.clone();
    let data = Load::new(move || {
        let c = client.clone();
        async move {
            let (offers, categories) =
                futures::join!(api::catalog::offers(&c, country), api::catalog::categories(&c, country));
            Ok((offers?, categories?))
        }
    });
    // Taken once, when the page opens: the day the preview shows does not move under the partner.
    let now = js_sys::Date::now();
    let prices = Load::new(move || {
        let c = client2.clone();
        let effective = month.get_untracked().effective(now);
        async move { api::catalog::price_list(&c, country, effective.as_deref()).await }
    });
    Effect::new(move |prev: Option<PriceMonth>| {
        let m = month.get();
        if prev.is_some_and(|p| p != m) {
            prices.retry();
        }
        m
    });

    let offers_of = Memo::new(move |_| match data.state().get() {
        LoadState::Ready((offers, _)) => offers,
        _ => Vec::new(),
    });
    let in_category = Callback::new(move |offer_id: String| {
        let c = category.get();
        c.is_empty()
            || offers_of.with(|all| {
                all.iter()
                    .any(|o| o.id.eq_ignore_ascii_case(&offer_id) && o.category.as_ref().is_some_and(|k| k.id == c))
            })
    });

    let offers = move |(all, categories): (Vec<Offer>, Vec<OfferCategory>)| {
        let all = StoredValue::new(all);
        let shown = Signal::derive(move || {
            let (q, c) = (search.get(), category.get());
            all.with_value(|all| all.iter().filter(|o| offer_matches(o, &q, &c)).cloned().collect::<Vec<_>>())
        });
        view! {
            <OfferFilters id="pricing" words=FILTER_WORDS search category categories on_change/>
            <section aria-labelledby="pricing-offers-heading">
                <h2 id="pricing-offers-heading">{i18n.msg("pricing-offers-heading")}</h2>
                <p class="muted">{i18n.msg_cloud("pricing-offers-about")}</p>
                <OfferTable offers=shown/>
            </section>
        }
    };

    let choose = move |m: PriceMonth| {
        month.set(m);
        on_change.run(());
    };
    let effective_text = move || match month.get() {
        PriceMonth::Current => i18n.t("pricing-effective-today"),
        PriceMonth::Next => {
            let day = PriceMonth::Next.effective(now).unwrap_or_default();
            i18n.t_with("pricing-effective-preview", "date", intl::day(i18n.locale(), &day))
        }
    };
    let price_list = move |rows| {
        let day = month.get_untracked().effective(now).unwrap_or_else(|| format_day(day_of(now)));
        view! { <PriceList rows search=search in_category country day/> }
    };

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("shell-menu-pricing")/>
            <p class="lead">{i18n.msg_cloud("pricing-intro")}</p>
            <Loaded state=data.state() retry=Callback::new(move |_| data.retry()) children=offers/>
            <section aria-labelledby="pricing-pricing-heading">
                <h2 id="pricing-pricing-heading">{i18n.msg("pricing-pricing-heading")}</h2>
                <p class="muted">{i18n.msg_cloud("pricing-pricing-about")}</p>
                <fieldset class="field">
                    <legend id="pricelist-legend">{i18n.msg("pricing-month")}</legend>
                    <div class="checkbox">
                        <input type="radio" id="pricing-month-current" name="pricing-month"
                            prop:checked=move || month.get() == PriceMonth::Current
                            on:change=move |_| choose(PriceMonth::Current)/>
                        <label for="pricing-month-current">{i18n.msg("pricing-month-current")}</label>
                    </div>
                    <div class="checkbox">
                        <input type="radio" id="pricing-month-next" name="pricing-month"
                            prop:checked=move || month.get() == PriceMonth::Next
                            on:change=move |_| choose(PriceMonth::Next)/>
                        <label for="pricing-month-next">{i18n.msg("pricing-month-next")}</label>
                    </div>
                </fieldset>
                <p role="status">{effective_text}</p>
                <Loaded state=prices.state() retry=Callback::new(move |_| prices.retry()) children=price_list/>
            </section>
        </section>
    }
}
