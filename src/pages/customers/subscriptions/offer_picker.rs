use leptos::prelude::*;

use crate::form::Field;
use crate::i18n::use_i18n;
use crate::model::catalog::Offer;
use crate::pages::customers::offers;

/// The offers to choose from, as radio buttons under a search box: pinned offers first, each
/// with its range of licenses, an add-on with the offers it needs. The chosen offer stays chosen
/// while the search hides it, and is named under the list.
#[component]
pub fn OfferPicker(
    offers: StoredValue<Vec<Offer>>,
    pinned: StoredValue<Vec<String>>,
    /// The chosen offer's id; its error shows at the list.
    field: Field,
    search: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let message = field.message(i18n);
    let error_id = format!("{}Error", field.id);
    let shown = Memo::new(move |_| {
        let text = search.get();
        offers.with_value(|all| pinned.with_value(|p| offers::choices(all, p, &text)))
    });
    let chosen_name = move || {
        let id = field.value.get();
        offers.with_value(|all| offers::find(all, &id).map(|o| o.name.clone()))
    };
    let name_of = move |id: &str| offers.with_value(|all| offers::find(all, id).map(|o| o.name.clone()));
    let row = move |(i, o): (usize, Offer)| {
        let input_id = format!("sbOffer{i}");
        let value = o.id.clone();
        let checked = {
            let value = value.clone();
            move || field.value.with(|v| v.eq_ignore_ascii_case(&value))
        };
        let is_pinned = pinned.with_value(|p| offers::is_pinned(p, &o));
        let (min, max) = super::quantity::range(o.minimum_quantity, o.maximum_quantity);
        let needs: Vec<String> =
            o.prerequisite_offers.iter().map(|p| name_of(p).unwrap_or_else(|| p.clone())).collect();
        let range = move || {
            let l = i18n.locale();
            i18n.t_args(
                "subscription-quantity-range",
                &[("min", super::intl::count(l, min)), ("max", super::intl::count(l, max))],
            )
        };
        let needs = (!needs.is_empty()).then(|| {
            let list = needs.clone();
            move || i18n.t_with("subscription-offer-needs", "offers", crate::i18n::format::list(i18n.locale(), &list))
        });
        view! {
            <li class="choice">
                <input
                    type="radio"
                    name="offer"
                    id=input_id.clone()
                    value=value.clone()
                    prop:checked=checked
                    on:change=move |_| field.value.set(value.clone())
                />
                <label for=input_id>
                    <span class="choice-title">{o.name.clone()}</span>
                    {is_pinned.then(|| view! { " " <span class="badge">{i18n.msg("subscription-offer-pinned")}</span> })}
                    <span class="field-hint">" " {range}</span>
                    {needs.map(|n| view! { <span class="field-hint">" " {n}</span> })}
                </label>
            </li>
        }
    };
    view! {
        <div class="field">
            <label for="sbOfferSearch">{i18n.msg("subscription-offer-search")}</label>
            <input
                id="sbOfferSearch"
                type="search"
                autocomplete="off"
                prop:value=move || search.get()
                on:input=move |ev| search.set(event_target_value(&ev))
            />
        </div>
        <fieldset
            id=field.id
            tabindex="-1"
            class="field"
            class:field-invalid=move || message.with(Option::is_some)
            aria-describedby=move || message.with(Option::is_some).then(|| error_id.clone())
        >
            <legend>{i18n.msg(field.label)}</legend>
            {
                let error_id = format!("{}Error", field.id);
                move || message.get().map(|m| view! {
                    <p class="field-error" id=error_id.clone()>
                        <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                        {m}
                    </p>
                })
            }
            <Show
                when=move || shown.with(|s| !s.is_empty())
                fallback=move || view! { <p role="status">{i18n.msg("subscription-offer-no-match")}</p> }
            >
                <ul class="choices" role="list">
                    {move || shown.get().into_iter().enumerate().map(row).collect_view()}
                </ul>
            </Show>
            {move || chosen_name().map(|n| view! {
                <p class="field-hint">{i18n.msg("subscription-offer-chosen")} " " <strong>{n}</strong></p>
            })}
        </fieldset>
    }
}
