//! The page's pinned list and the one way to change it: apply a [`PinOp`] to the list as last
//! read and replace it under that read's ETag. What went wrong is kept as a [`PinNotice`], with
//! the change itself, so "Apply my change again" can redo it on the list as it is now.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::api::{self, ApiError, Client};
use crate::form::Load;
use crate::model::catalog::{PinOp, PinRefusal, Pins, apply_pin};
use crate::page_task::PageTasks;
use crate::session::{current_address, sign_in_again};

/// What the partner is told about their last change.
#[derive(Clone, Debug, PartialEq)]
pub enum PinNotice {
    Saving,
    Saved,
    /// A sixth pin, refused before sending.
    Full,
    /// The server refused more than five (someone pinned meanwhile); the list was read again.
    FullOnServer,
    /// 412: someone else changed the list; it was read again and `op` can be applied again.
    Conflict(PinOp),
    /// Any other failure; `op` can be tried again.
    Failed(ApiError, PinOp),
}

/// The pinned offers as last read or saved, and the notice of the last change. Cheap to copy.
#[derive(Clone, Copy)]
pub struct PinState {
    pub load: Load<Pins>,
    pub current: RwSignal<Option<Pins>>,
    pub notice: RwSignal<Option<PinNotice>>,
    page: PageTasks,
    client: StoredValue<Client>,
}

impl PinState {
    /// Starts reading the pinned offers. Must be called while the page is being built.
    pub fn new(client: Client) -> PinState {
        let c = client.clone();
        let load = Load::new(move || {
            let c = c.clone();
            async move { api::catalog::pinned(&c).await }
        });
        let current = RwSignal::new(None);
        Effect::new(move |_| {
            if let crate::form::load::LoadState::Ready(p) = load.state().get() {
                current.set(Some(p));
            }
        });
        PinState {
            load,
            current,
            notice: RwSignal::new(None),
            page: PageTasks::here(),
            client: StoredValue::new(client),
        }
    }

    pub fn busy(&self) -> bool {
        self.notice.with(|n| matches!(n, Some(PinNotice::Saving)))
    }

    /// Applies `op` to the list as last read and saves it.
    pub fn change(self, op: PinOp) {
        if self.busy() {
            return;
        }
        let Some(pins) = self.current.get_untracked() else { return };
        let ids = match apply_pin(&pins.ids(), &op) {
            Ok(ids) => ids,
            Err(PinRefusal::Full) => return self.notice.set(Some(PinNotice::Full)),
            // The list changed under the button (a re-read): nothing to do.
            Err(_) => return,
        };
        self.notice.set(Some(PinNotice::Saving));
        let client = self.client.get_value();
        let navigate = use_navigate();
        let this = self;
        self.page.spawn(async move {
            match api::catalog::set_pinned(&client, ids, &pins.etag).await {
                Ok(p) => {
                    this.current.set(Some(p));
                    this.notice.set(Some(PinNotice::Saved));
                    focus_after(&op);
                }
                Err(e) if e.needs_sign_in() => sign_in_again(&navigate, &current_address()),
                Err(e) if e.status() == Some(412) => {
                    this.notice.set(Some(PinNotice::Conflict(op)));
                    this.refresh();
                }
                Err(e) if e.field_errors().iter().any(|f| f.code == "too_many") => {
                    this.notice.set(Some(PinNotice::FullOnServer));
                    this.refresh();
                }
                Err(e) => this.notice.set(Some(PinNotice::Failed(e, op))),
            }
        });
    }

    /// Reads the list again, keeping what is shown until the new one is in.
    fn refresh(self) {
        let client = self.client.get_value();
        self.page.spawn(async move {
            if let Ok(p) = api::catalog::pinned(&client).await {
                self.current.set(Some(p));
            }
        });
    }
}

/// The element id of a pinned offer's button (`up`, `down`, `unpin`) or an offer's pin toggle.
pub fn control_id(kind: &str, offer_id: &str) -> String {
    let safe: String = offer_id.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("pin-{kind}-{safe}")
}

/// Keeps keyboard focus with the offer that moved: the list is redrawn in its new order, and
/// a button that is gone (the first can't move up) hands focus to its neighbour.
fn focus_after(op: &PinOp) {
    let tries: &[&str] = match op {
        PinOp::MoveUp(_) => &["up", "down", "unpin"],
        PinOp::MoveDown(_) => &["down", "up", "unpin"],
        PinOp::Pin(_) | PinOp::Unpin(_) => return,
    };
    let id = op.offer_id().to_string();
    let tries: Vec<String> = tries.iter().map(|k| control_id(k, &id)).collect();
    // After the redraw that the new list causes.
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        let doc = document();
        if let Some(el) = tries
            .iter()
            .filter_map(|t| doc.get_element_by_id(t))
            .filter_map(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            .find(|e| !e.has_attribute("disabled"))
        {
            let _ = el.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::control_id;

    #[test]
    fn control_ids_are_safe_element_ids() {
        assert_eq!(control_id("up", "796B6B5F-613C"), "pin-up-796B6B5F-613C");
        assert_eq!(control_id("down", "a b\"<c>"), "pin-down-abc");
    }
}
