use leptos::prelude::*;

use super::pins::{PinState, control_id};
use crate::i18n::use_i18n;
use crate::model::catalog::{Offer, PinOp};

/// One offer of the catalog: its name, description, category and ID, whether it is pinned, and
/// (for a role that may pin) one button that pins or unpins it: one button whose words change, so
/// keyboard focus stays on it after the change.
#[component]
pub fn OfferCard(offer: Offer, pins: PinState, can_pin: bool) -> impl IntoView {
    let i18n = use_i18n();
    let id = offer.id.clone();
    let pinned = {
        let id = id.clone();
        Memo::new(move |_| pins.current.with(|p| p.as_ref().is_some_and(|p| p.contains(&id))))
    };
    let category = offer.category.as_ref().map(|c| c.name.clone()).unwrap_or_default();
    let toggle = can_pin.then(|| {
        let (id1, name) = (id.clone(), offer.name.clone());
        view! {
            <div class="actions">
                <button type="button" class="button button-secondary" id=control_id("toggle", &id)
                    aria-label=move || {
                        let id = if pinned.get() { "catalog-unpin-named" } else { "catalog-pin-named" };
                        i18n.t_with(id, "name", name.clone())
                    }
                    on:click=move |_| {
                        let op = if pinned.get_untracked() { PinOp::Unpin(id1.clone()) } else { PinOp::Pin(id1.clone()) };
                        pins.change(op);
                    }>
                    {move || i18n.t(if pinned.get() { "catalog-unpin" } else { "catalog-pin" })}
                </button>
            </div>
        }
    });
    view! {
        <li class="card offer">
            <h3>{offer.name.clone()}</h3>
            <Show when=move || pinned.get()>
                <p><strong>{i18n.msg("catalog-pinned-badge")}</strong></p>
            </Show>
            <p>{offer.description.clone()}</p>
            <dl class="details">
                <dt>{i18n.msg("catalog-category")}</dt>
                <dd>{category}</dd>
                <dt>{i18n.msg("catalog-offer-id")}</dt>
                <dd>{offer.id.clone()}</dd>
            </dl>
            {toggle}
        </li>
    }
}
