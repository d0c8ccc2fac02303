use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::model::catalog::OfferCategory;

/// The words of [`OfferFilters`], as Fluent ids of the page's own area: the same filters serve
/// the Catalog (Account settings) and Pricing and offers, whose messages load with their areas.
#[derive(Clone, Copy)]
pub struct FilterWords {
    /// The name of the search landmark.
    pub name: &'static str,
    pub search: &'static str,
    pub hint: &'static str,
    pub category: &'static str,
    /// The category choice that filters nothing.
    pub all: &'static str,
}

/// The search box and the category choice above a list of offers. Both values belong to the page
/// (which keeps them in the address); this only shows and changes them. `id` prefixes the
/// controls' element ids.
#[component]
pub fn OfferFilters(
    id: &'static str,
    words: FilterWords,
    search: RwSignal<String>,
    category: RwSignal<String>,
    categories: Vec<OfferCategory>,
    /// Called after either value changed.
    on_change: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (search_id, hint_id, category_id) =
        (format!("{id}-search"), format!("{id}-search-hint"), format!("{id}-category"));
    let options = categories
        .into_iter()
        .map(|c| {
            let id = c.id.clone();
            let selected = move || category.with(|v| *v == id);
            view! { <option value=c.id selected=selected>{c.name}</option> }
        })
        .collect_view();
    view! {
        <form role="search" class="card" aria-label=i18n.msg(words.name) on:submit=|ev| ev.prevent_default()>
            <div class="field">
                <label for=search_id.clone()>{i18n.msg(words.search)}</label>
                <p class="field-hint" id=hint_id.clone()>{i18n.msg(words.hint)}</p>
                <input id=search_id type="search" autocomplete="off" aria-describedby=hint_id
                    prop:value=move || search.get()
                    on:input=move |ev| { search.set(event_target_value(&ev)); on_change.run(()); }/>
            </div>
            <div class="field">
                <label for=category_id.clone()>{i18n.msg(words.category)}</label>
                <select id=category_id prop:value=move || category.get()
                    on:change=move |ev| { category.set(event_target_value(&ev)); on_change.run(()); }>
                    <option value="" selected=move || category.with(String::is_empty)>{i18n.msg(words.all)}</option>
                    {options}
                </select>
            </div>
        </form>
    }
}
