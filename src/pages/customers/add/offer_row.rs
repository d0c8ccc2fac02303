use leptos::prelude::*;

use super::draft::Chosen;
use super::request::{quantity, quantity_input_id, range};
use super::state::Wizard;
use crate::i18n::use_i18n;

/// One offer on Subscriptions: a box to choose it and, once chosen, its number of licenses
/// within the offer's range. The count lives in the wizard's chosen offers (and so in the
/// draft); `offer` only names the offer and its range.
#[component]
pub fn OfferRow(w: Wizard, offer: Chosen, description: String, show_errors: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let id = offer.offer_id.clone();
    let at = {
        let id = id.clone();
        Memo::new(move |_| w.offers.with(|o| o.iter().position(|c| c.offer_id == id)))
    };
    let pick_id = format!("pick-{}", quantity_input_id(0, &id));
    let (min, max) = range(&offer);
    let input_id = Signal::derive({
        let id = id.clone();
        move || quantity_input_id(at.get().unwrap_or(0), &id)
    });
    let error = Signal::derive(move || {
        let i = at.get()?;
        if !show_errors.get() {
            return None;
        }
        let c = w.offers.with(|o| o.get(i).cloned())?;
        let m = quantity(&c).err()?;
        Some(i18n.t_args(m, &[("offer", c.name.clone()), ("min", min.to_string()), ("max", max.to_string())]))
    });
    let toggle = {
        let offer = offer.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            let offer = offer.clone();
            w.offers.update(|o| {
                o.retain(|c| c.offer_id != offer.offer_id);
                if on {
                    o.push(Chosen { quantity: min.to_string(), ..offer });
                }
            });
        }
    };
    let name = offer.name.clone();
    view! {
        <li class="card">
            <div class="checkbox">
                <input type="checkbox" id=pick_id.clone() prop:checked=move || at.get().is_some() on:change=toggle/>
                <label for=pick_id>
                    <strong>{offer.name.clone()}</strong>
                </label>
            </div>
            {(!description.is_empty()).then(|| view! { <p class="muted">{description}</p> })}
            <p class="muted">{move || i18n.t_args("customers-add-offer-range", &[("min", min.to_string()), ("max", max.to_string())])}</p>
            <Show when=move || at.get().is_some()>
                <div class="field" class:field-invalid=move || error.with(Option::is_some)>
                    <label for=move || input_id.get()>
                        {
                            let name = name.clone();
                            move || i18n.t_with("customers-add-quantity", "offer", name.clone())
                        }
                    </label>
                    {move || error.get().map(|m| view! {
                        <p class="field-error" id=move || format!("{}-error", input_id.get())>
                            <span class="visually-hidden">{i18n.t("field-error-prefix")} " "</span>
                            {m}
                        </p>
                    })}
                    <input
                        id=move || input_id.get()
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                        aria-describedby=move || error.with(Option::is_some).then(|| format!("{}-error", input_id.get()))
                        prop:value=move || at.get().and_then(|i| w.offers.with(|o| o.get(i).map(|c| c.quantity.clone()))).unwrap_or_default()
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(i) = at.get_untracked() {
                                w.offers.update(|o| o[i].quantity = v);
                            }
                        }
                    />
                </div>
            </Show>
        </li>
    }
}
