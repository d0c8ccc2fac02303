use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::model::catalog::OfferCategory;

/// The search box and the category choice above the offers. Both values belong to the page
/// (which keeps them in the address); this only shows and changes them.
#[component]
pub fn Filters(
    search: RwSignal<String>,
    category: RwSignal<String>,
    categories: Vec<OfferCategory>,
    /// Called after either value changed.
    on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = categories
        .into_iter()
        .map(|c| {
            let id = c.id.clone();
            let selected = move || category.with(|v| *v == id);
            view! { <option value=c.id selected=selected>{c.name}</option> }
        })
        .collect_view();
    view! {
        <form role="search" class="card" aria-label=i18n.msg("pricing-filters") on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for="pricing-search">{i18n.msg("pricing-search")}</label>
                <p class="field-hint" id="pricing-search-hint">{i18n.msg("pricing-search-hint")}</p>
                <input id="pricing-search" type="search" autocomplete="off" aria-describedby="pricing-search-hint"
                    prop:value=move || search.get()
                    on:input=move |ev| { search.set(event_target_value(&ev)); on_change.run(()); }/>
            </div>
            <div class="field">
                <label for="pricing-category">{i18n.msg("pricing-category")}</label>
                <select id="pricing-category" prop:value=move || category.get()
                    on:change=move |ev| { category.set(event_target_value(&ev)); on_change.run(()); }>
                    <option value="" selected=move || category.with(String::is_empty)>{i18n.msg("pricing-category-all")}</option>
                    {options}
                </select>
            </div>
        </form>
    }
}
