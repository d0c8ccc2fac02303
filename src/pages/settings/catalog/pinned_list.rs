use leptos::prelude::*;

use super::pins::{PinState, control_id};
use crate::components::Loaded;
use crate::i18n::use_i18n;
use crate::model::catalog::{PinOp, Pins};

/// The pinned offers in their order, each with Move up, Move down and Unpin when the partner may
/// pin (`can_pin`); plain text for the other readers.
#[component]
pub fn PinnedList(pins: PinState, can_pin: bool) -> impl IntoView {
    let i18n = use_i18n();
    let list = move |_: Pins| {
        move || {
            let Some(p) = pins.current.get() else { return ().into_any() };
            if p.items.is_empty() {
                return view! { <p class="muted">{i18n.msg("catalog-pinned-none")}</p> }.into_any();
            }
            let last = p.items.len() - 1;
            let items = p
                .items
                .into_iter()
                .enumerate()
                .map(|(i, item)| {
                    let id = item.offer_id.clone();
                    let name = item.offer_name.clone();
                    let controls = can_pin.then(|| {
                        let (up, down, unpin) = (id.clone(), id.clone(), id.clone());
                        let (n1, n2, n3) = (name.clone(), name.clone(), name.clone());
                        view! {
                            <div class="actions">
                                <button type="button" class="button button-secondary" id=control_id("up", &id)
                                    disabled=i == 0
                                    aria-label=move || i18n.t_with("catalog-move-up-named", "name", n1.clone())
                                    on:click=move |_| pins.change(PinOp::MoveUp(up.clone()))>
                                    {i18n.msg("catalog-move-up")}
                                </button>
                                <button type="button" class="button button-secondary" id=control_id("down", &id)
                                    disabled=i == last
                                    aria-label=move || i18n.t_with("catalog-move-down-named", "name", n2.clone())
                                    on:click=move |_| pins.change(PinOp::MoveDown(down.clone()))>
                                    {i18n.msg("catalog-move-down")}
                                </button>
                                <button type="button" class="button button-secondary" id=control_id("unpin", &id)
                                    aria-label=move || i18n.t_with("catalog-unpin-named", "name", n3.clone())
                                    on:click=move |_| pins.change(PinOp::Unpin(unpin.clone()))>
                                    {i18n.msg("catalog-unpin")}
                                </button>
                            </div>
                        }
                    });
                    view! {
                        <li class="card pinned-offer">
                            <p><strong>{name}</strong></p>
                            {controls}
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="link-list pinned-offers">{items}</ol> }.into_any()
        }
    };
    let count = move || {
        pins.current.with(|p| p.as_ref().map(|p| i18n.t_with("catalog-pinned-count", "count", p.items.len() as i64)))
    };
    view! {
        <section class="pinned" aria-labelledby="catalog-pinned-heading">
            <h2 id="catalog-pinned-heading" tabindex="-1">{i18n.msg("catalog-pinned-heading")}</h2>
            <p class="muted">{count}</p>
            <Loaded state=pins.load.state() retry=Callback::new(move |_| pins.load.retry()) children=list/>
        </section>
    }
}
