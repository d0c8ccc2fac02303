//! The address of a page that changes it with nearly every action (the customer list: each
//! search as the partner types, each page, each expanded row). The page keeps its state in its
//! own signal and changes it at once; the address follows when the browser is idle, through the
//! router as always, in the order the partner acted, so Back still steps through every page.
//!
//! Why later: a router navigation re-parses the address, wakes everything that reads the
//! location, and makes a round trip to the browser (`history.pushState`). On a slow machine
//! that costs most of a frame, and it would land in the frame that should answer the click.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// How long a write may wait for the browser to be idle.
const IDLE_TIMEOUT_MS: u32 = 1000;

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The address of one page: the writes it has still to make, and what it wrote last.
#[derive(Clone, Copy)]
pub struct PageAddress {
    /// Writes not made yet, oldest first: (path and query, replace the current entry).
    pending: StoredValue<Vec<(String, bool)>>,
    /// The address this page wrote last: when the router reports it, it is this page's own
    /// write coming back, not a change to follow.
    last: StoredValue<Option<String>>,
    navigate: StoredValue<Navigate, LocalStorage>,
    /// The page is gone: nothing more is written.
    gone: StoredValue<bool>,
}

impl PageAddress {
    /// Follows the address for as long as the current reactive owner (the page) lives, calling
    /// `changed` when something other than this page's own writes changed it (Back, Forward, a
    /// link). `changed` reads the address itself with [`current`].
    pub fn follow(changed: impl Fn() + 'static) -> PageAddress {
        let this = PageAddress {
            pending: StoredValue::new(Vec::new()),
            last: StoredValue::new(None),
            navigate: StoredValue::new_local(Box::new(leptos_router::hooks::use_navigate())),
            gone: StoredValue::new(false),
        };
        let location = leptos_router::hooks::use_location();
        Effect::new(move |first: Option<()>| {
            let now = location.pathname.with(|p| location.search.with(|s| address(p, s)));
            if first.is_none() || this.last.with_value(|l| l.as_ref() == Some(&now)) {
                return;
            }
            // The partner went elsewhere in the history: what this page had still to write is
            // not where they are any more.
            this.last.set_value(None);
            this.pending.update_value(Vec::clear);
            changed();
        });
        on_cleanup(move || this.gone.set_value(true));
        this
    }

    /// Puts `path_and_query` in the address bar once the browser is idle: as a new history
    /// entry (so Back returns to the one before) or, with `replace`, in place of the current one.
    pub fn write(&self, path_and_query: String, replace: bool) {
        let first = self.pending.try_update_value(|p| {
            p.push((path_and_query, replace));
            p.len() == 1
        });
        if first == Some(true) {
            let this = *self;
            when_idle(move || this.flush());
        }
    }

    /// Makes the writes still waiting now (before the page hands its address to someone else).
    pub fn flush(&self) {
        if self.gone.try_get_value() != Some(false) {
            return;
        }
        for (to, replace) in self.pending.try_update_value(std::mem::take).unwrap_or_default() {
            // Before the navigation: the router reports it while it is being made.
            self.last.set_value(Some(to.clone()));
            self.navigate.with_value(|n| n(&to, NavigateOptions { replace, scroll: false, ..Default::default() }));
        }
    }
}

/// The address's query string as the browser has it (`?` included, or empty): ahead of the
/// router's while a page that writes it later is first built.
pub fn current_search() -> String {
    web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default()
}

/// The router's path and query as one address ("/customers?q=con").
fn address(path: &str, search: &str) -> String {
    match search.trim_start_matches('?') {
        "" => path.to_string(),
        q => format!("{path}?{q}"),
    }
}

/// Runs `f` when the browser has a moment with nothing to do (at the latest after
/// `IDLE_TIMEOUT_MS`); after a short timeout where it has no `requestIdleCallback`.
fn when_idle(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &"timeout".into(), &JsValue::from(IDLE_TIMEOUT_MS));
            let _ = request.call2(&w, &Closure::once_into_js(f), &options);
        }
        None => set_timeout(f, std::time::Duration::from_millis(100)),
    }
}

#[cfg(test)]
mod tests {
    use super::address;

    #[test]
    fn an_address_is_the_path_and_its_query_if_any() {
        assert_eq!(address("/customers", ""), "/customers");
        assert_eq!(address("/customers", "?"), "/customers");
        assert_eq!(address("/customers", "q=con"), "/customers?q=con");
        assert_eq!(address("/customers", "?q=con&at=x"), "/customers?q=con&at=x");
    }
}
