use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};

use super::offer_card::OfferCard;
use super::pin_notice::PinNoticeView;
use super::pinned_list::PinnedList;
use super::pins::PinState;
use crate::api::{self, Client};
use crate::capability::{Capability, can};
use crate::components::{FilterWords, OfferFilters};
use crate::components::{Loaded, PageHeading};
use crate::form::Load;
use crate::i18n::use_i18n;
use crate::model::catalog::{Offer, OfferCategory, market, offer_matches, query_string};
use crate::routes::Page;
use crate::session::use_session;

/// The filters' words, from this area's catalog.
const FILTER_WORDS: FilterWords = FilterWords {
    name: "catalog-filters",
    search: "catalog-search",
    hint: "catalog-search-hint",
    category: "catalog-category",
    all: "catalog-category-all",
};

/// `/account-settings/catalog`: the pinned offers, then every offer of the partner's market,
/// searchable and by category. The search and the category live in the address (`q`,
/// `category`), so a reload or a shared link shows the same offers.
#[component]
pub fn CatalogPage() -> impl IntoView {
    let i18n = use_i18n();
    let cloud = i18n.cloud();
    let client = expect_context::<Client>();
    let session = use_session();
    let can_pin = session.get_untracked().is_some_and(|s| can(cloud, &s.user.roles, Capability::PinOffers));
    let params = use_query_map();
    let search = RwSignal::new(params.with_untracked(|p| p.get("q").unwrap_or_default()));
    let category = RwSignal::new(params.with_untracked(|p| p.get("category").unwrap_or_default()));
    let navigate = use_navigate();
    let on_change = Callback::new(move |_| {
        let q = query_string(&[("q", &search.get_untracked()), ("category", &category.get_untracked())]);
        navigate(
            &format!("{}{q}", Page::Catalog.path()),
            leptos_router::NavigateOptions { replace: true, scroll: false, ..Default::default() },
        );
    });

    let pins = PinState::new(client.clone());
    let country = market(cloud);
    let data = Load::new(move || {
        let c = client.clone();
        async move {
            let (offers, categories) =
                futures::join!(api::catalog::offers(&c, country), api::catalog::categories(&c, country));
            Ok((offers?, categories?))
        }
    });

    let offers = move |(all, categories): (Vec<Offer>, Vec<OfferCategory>)| {
        let all = StoredValue::new(all);
        let shown = Memo::new(move |_| {
            let (q, c) = (search.get(), category.get());
            all.with_value(|all| all.iter().filter(|o| offer_matches(o, &q, &c)).cloned().collect::<Vec<_>>())
        });
        view! {
            <OfferFilters id="catalog" words=FILTER_WORDS search category categories on_change/>
            <p class="muted" role="status">{move || i18n.t_with("catalog-results", "count", shown.with(Vec::len) as i64)}</p>
            <Show when=move || shown.with(Vec::is_empty)>
                <p>{i18n.msg("catalog-no-results")}</p>
            </Show>
            <ul class="link-list offers">
                <For each=move || shown.get() key=|o| o.id.clone() let(offer)>
                    <OfferCard offer pins can_pin/>
                </For>
            </ul>
        }
    };

    view! {
        <section class="page">
            <PageHeading text=i18n.msg("settings-catalog-title")/>
            <p class="lead">{i18n.msg_cloud("catalog-intro")}</p>
            <p>{i18n.msg_cloud("catalog-why")}</p>
            {(!can_pin).then(|| view! { <p class="notice" role="note">{i18n.msg("catalog-read-only")}</p> })}
            <PinNoticeView pins/>
            <PinnedList pins can_pin/>
            <section aria-labelledby="catalog-offers-heading">
                <h2 id="catalog-offers-heading">{i18n.msg("catalog-offers-heading")}</h2>
                <Loaded state=data.state() retry=Callback::new(move |_| data.retry()) children=offers/>
            </section>
        </section>
    }
}
